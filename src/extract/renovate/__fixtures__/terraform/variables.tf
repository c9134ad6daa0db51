# A Terraform variable annotated for Renovate's regex manager, as Renovate's documentation shows
# for pinning a container image version in HCL.

variable "mattermost_version" {
  type = string
  # renovate: datasource=docker depName=mattermost/mattermost-team-edition
  default = "9.11.2"
}

variable "node_version" {
  # renovate: datasource=npm depName=node-version packageName=ws
  default = "8.17.0"
}
