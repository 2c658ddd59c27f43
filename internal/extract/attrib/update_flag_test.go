package attrib

// Registers -update, so that `go test ./... -update` works in every package.
import _ "github.com/factcheck/extract/internal/golden"
