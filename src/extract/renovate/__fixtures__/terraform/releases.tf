# Stands for steled/homeserver-terraform's cert-manager_cloudflare.tf, a module input annotated
#   datasource=github-tags depName=cert-manager packageName=cert-manager/cert-manager
# with the value "v1.16.2"; for nginx pinned by its release tags ("release-1.24.0") with
# extractVersion; and for a repository no endoflife.date page names (element-hq/synapse).
module "cert_manager_cloudflare" {
  # renovate: datasource=github-tags depName=cert-manager packageName=cert-manager/cert-manager
  cert_manager_version = "v1.16.2" # check version here
}

variable "nginx_version" {
  # renovate: datasource=github-releases depName=nginx/nginx extractVersion=^release-(?<version>.*)$
  default = "release-1.24.0"
}

variable "synapse_version" {
  # renovate: datasource=github-releases depName=element-hq/synapse
  default = "v1.128.0"
}

variable "pg_version" {
  # renovate: datasource=github-releases depName=https://example.com/postgres
  default = "16.3"
}
