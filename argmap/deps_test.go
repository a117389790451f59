package argmap_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoUIDependencies enforces the layering rule (as tailscale's deptest
// does): the domain and the embedded assets import no UI toolkit, so they
// build and test anywhere, without cgo or a display.
func TestNoUIDependencies(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list dependencies:", err)
	}
	args := []string{"list", "-deps", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`,
		"github.com/argmap/argmap/argmap/...", "github.com/argmap/argmap/assets"}
	out, err := exec.Command(goTool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	forbidden := []string{"fyne.io/", "github.com/go-gl/", "github.com/argmap/argmap/app"}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		for _, imp := range fields[1:] {
			for _, bad := range forbidden {
				if strings.HasPrefix(imp, bad) && !strings.HasPrefix(fields[0], bad) {
					t.Errorf("%s imports %s: argmap/... and assets must not depend on the UI", fields[0], imp)
				}
			}
		}
	}
}
