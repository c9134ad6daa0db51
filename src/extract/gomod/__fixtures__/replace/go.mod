// Stands for a Go service's go.mod laid out as mattermost-server's server/go.mod is (go and
// toolchain lines, require blocks, exclude), with each replace form the go command accepts.
module example.com/gateway

go 1.22

toolchain go1.22.3

require (
	github.com/gorilla/websocket v1.5.0
	golang.org/x/net v0.21.0 // indirect
	github.com/example/forked v1.2.0
	example.com/gateway/internal v0.0.0-00010101000000-000000000000
	github.com/old/name v1.0.0 // indirect; kept for the plugin API
	"github.com/quoted/mod" v0.3.0
	github.com/evanphx/json-patch v5.6.0+incompatible
)

require github.com/pkg/errors v0.9.1

replace github.com/example/forked => github.com/ourfork/forked v1.2.1-fix

replace example.com/gateway/internal => ./internal

replace (
	github.com/old/name v1.0.0 => github.com/new/name v1.1.0
	github.com/pkg/errors v0.8.0 => github.com/pkg/errors v0.8.1
)

exclude github.com/gorilla/websocket v1.4.0

retract v0.9.0
