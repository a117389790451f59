package argmap_test

import (
	"fmt"
	"os/exec"
	"slices"
	"sort"
	"strings"
	"testing"
)

// depRules are the dependencies the layering forbids, each with its
// reason, checked on the non-test code of every package (as tailscale's
// tstest/deptest and Go's go/build/deps_test.go do): a package breaks a
// rule by importing a banned package or by importing one that depends on
// it, so that "no Fyne" holds for what is linked, not only what is named.
var depRules = []depRule{
	{"github.com/argmap/argmap/argmap", "", "fyne.io/", "the domain builds and tests anywhere, without cgo or a display"},
	{"github.com/argmap/argmap/argmap", "", "github.com/go-gl/", "the domain builds and tests anywhere, without cgo or a display"},
	{"github.com/argmap/argmap/argmap", "", "github.com/argmap/argmap/app", "the UI depends on the domain, never the other way"},
	{"github.com/argmap/argmap/argmap", "", "github.com/argmap/argmap/internal/cli", "commands use the domain; the domain knows no command"},
	{"github.com/argmap/argmap/argmap", "", "github.com/argmap/argmap/internal/render", "pictures are drawn from the domain's scene; the domain draws nothing"},
	{"github.com/argmap/argmap/argmap", "", "github.com/argmap/argmap/internal/pdf", "printing is drawn from the domain's scene; the domain prints nothing"},
	{"github.com/argmap/argmap", "", "github.com/argmap/argmap/argmap/argmaptest", "the map builder, the fixed IDs and clock and the golden check are for tests only"},
	{"github.com/argmap/argmap/argmap", "", "github.com/argmap/argmap/internal/shared", "the shared corpus is for tests only"},
	{"github.com/argmap/argmap/app/document", "", "fyne.io/", "the document (map, history, selection, labels) is tested without a window; widgets depend on it"},
	{"github.com/argmap/argmap/app/document", "", "github.com/argmap/argmap/app", "the document is below every view and panel: they show it, it knows none of them"},
	{"github.com/argmap/argmap/app/panel", "", "fyne.io/", "what a panel sees of the editor is an interface over the document: no widget in it, so fakes for tests are small"},
	{"github.com/argmap/argmap/app/panel", "", "github.com/argmap/argmap/app$", "the Host is below the editor that implements it and the panels that use it"},
	{"github.com/argmap/argmap", "", "github.com/argmap/argmap/app/panel/paneltest", "the fake Host is for the panels' tests only"},
	{"github.com/argmap/argmap", "", "github.com/argmap/argmap/app/widgets/widgetstest", "walking a window through Fyne's test renderer is for tests only"},
	{"github.com/argmap/argmap/app/find", "", "github.com/argmap/argmap/app$", "a panel in its own package sees its Host (the document), never the editor: it builds and tests alone"},
	{"github.com/argmap/argmap/app/sourceview", "", "github.com/argmap/argmap/app$", "the source pane sees its Host and the commands it is given, never the editor: it builds and tests alone, on a fake Host"},
	{"github.com/argmap/argmap/app/inspector", "", "github.com/argmap/argmap/app$", "the inspector sees a panel.Host and the commands it is given (inspector.Commands), never the editor: it builds and tests with a fake Host"},
	{"github.com/argmap/argmap/app/challenge", "", "github.com/argmap/argmap/app$", "the challenge commands and dialogs see a panel.Host and the commands they are given (challenge.Commands), never the editor: they build and test with a fake Host"},
	{"github.com/argmap/argmap/app/inspector", "", "github.com/argmap/argmap/app/challenge", "the inspector calls the challenge commands through its own small interface (inspector.Challenges), so that it is tested with a fake and the two move apart"},
	{"github.com/argmap/argmap/app/outline", "", "github.com/argmap/argmap/app$", "the outline sees a panel.Host alone, never the editor: it builds and tests with a fake Host"},
	{"github.com/argmap/argmap/app/widgets", "", "github.com/argmap/argmap/app$", "the shared widgets are below every panel and the editor that use them"},
	{"github.com/argmap/argmap/argmap$", "", "github.com/argmap/argmap/argmap/native", "the model knows no file format: the native format is a codec over it, as the others are (its tests compare maps by their encoding from package argmap_test)"},
	{"github.com/argmap/argmap/argmap/native", "", "fyne.io/", "the file format reads and writes anywhere: the CLI, the MCP server and tests load maps without a display"},
	{"github.com/argmap/argmap/argmap/native", "", "github.com/argmap/argmap/argmap/formats", "the format set holds the native codec, not the other way round"},
	{"github.com/argmap/argmap/internal/atomicfile", "", "github.com/argmap/argmap/", "generic file I/O knows nothing of maps, so that the model, the codecs and the app may all use it"},
	{"github.com/argmap/argmap/argmap$", "", "github.com/argmap/argmap/argmap/eval", "evaluation reads the model; the model does not evaluate itself (eval imports argmap)"},
	{"github.com/argmap/argmap/argmap/eval", "", "fyne.io/", "the evaluator runs in the CLI, the MCP server and app/document, none of which may pull in a display"},
	{"github.com/argmap/argmap/assets", "", "fyne.io/", "embedded bytes load anywhere"},
	{"github.com/argmap/argmap/assets", "", "github.com/argmap/argmap/", "assets is the bottom layer: bytes only"},
	{"github.com/argmap/argmap/internal/cli", "", "github.com/argmap/argmap/app", "the command line runs without the editor"},
	{"github.com/argmap/argmap/app", "", "github.com/argmap/argmap/internal/cli", "the editor does not run commands"},
	{"github.com/argmap/argmap/internal/mcp", "", "github.com/argmap/argmap/app", "the MCP server runs headless, without the editor"},
	{"github.com/argmap/argmap/internal/mcp", "", "fyne.io/", "the MCP server runs headless, without cgo or a display"},
	{"github.com/argmap/argmap/argmap$", "", "github.com/argmap/argmap/argmap/", "the model is the bottom of the domain: every package under argmap/ builds on it, none below it"},
	{"github.com/argmap/argmap/argmap", "github.com/argmap/argmap/argmap/formats", "github.com/argmap/argmap/argmap/formats", "the format set gathers the codecs (main adds pictures and PDF): a codec, the layout or the evaluation knows no set of formats"},
	{"github.com/argmap/argmap/argmap/eval", "", "github.com/argmap/argmap/argmap/", "evaluation reads the model alone: the scene, the outline, the essay and the semantics show or extend its labels, so they are above it"},
	{"github.com/argmap/argmap/argmap", "", "github.com/argmap/argmap/internal/mcp", "the MCP server serves the domain; the domain knows no server"},
	{"github.com/argmap/argmap/argmap", "", "github.com/argmap/argmap/internal/locale", "the domain speaks no language of the desktop: the locale is the GUI's start-up"},
	{"github.com/argmap/argmap/internal", "", "github.com/argmap/argmap/app", "internal/ serves the editor and the command line alike (render, pdf, atomicfile, cli, mcp): nothing there may pull in the editor"},
	{"github.com/argmap/argmap/app/", "", "github.com/argmap/argmap/app$", "every view and panel under app/ is below the editor that puts them in its window: each builds and tests alone"},
}

// A depRule bans the packages under from, but those under except, from
// depending on those under banned.
type depRule struct {
	from   string // package path prefix the rule applies to; with a final "$", that package alone
	except string // a prefix of from that the rule leaves out (the layer that owns banned), or ""
	banned string // import path prefix it must not depend on
	why    string
}

// TestDependencyRules enforces depRules on `go list -deps` of the module.
func TestDependencyRules(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("no go command to list dependencies:", err)
	}
	args := []string{"list", "-deps", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "github.com/argmap/argmap/..."}
	out, err := exec.Command(goTool, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	imports := map[string][]string{} // every package listed, with its direct imports
	var order []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Fields(line)
		imports[fields[0]] = fields[1:]
		order = append(order, fields[0])
	}
	broken, seen := breaches(imports, order, depRules)
	if seen == 0 {
		t.Fatal("no package matched a rule: the module path changed?")
	}
	for _, b := range broken {
		t.Error(b)
	}
}

// breaches lists how the packages of order (with their direct imports)
// break rules, and how many (package, rule) pairs were checked.
func breaches(imports map[string][]string, order []string, rules []depRule) (broken []string, seen int) {
	deps := map[string]map[string]bool{} // the packages each one depends on, memoised
	var depsOf func(p string) map[string]bool
	depsOf = func(p string) map[string]bool {
		if d, ok := deps[p]; ok {
			return d
		}
		d := map[string]bool{}
		deps[p] = d // Go's import graph has no cycles
		for _, imp := range imports[p] {
			d[imp] = true
			for q := range depsOf(imp) {
				d[q] = true
			}
		}
		return d
	}
	for _, pkg := range order {
		for _, r := range rules {
			if !inside(pkg, r.from) || (r.except != "" && inside(pkg, r.except)) {
				continue
			}
			seen++
			for _, imp := range imports[pkg] {
				if inside(imp, r.banned) {
					broken = append(broken, fmt.Sprintf("%s imports %s: %s", pkg, imp, r.why))
					continue
				}
				var through []string
				for d := range depsOf(imp) {
					if inside(d, r.banned) {
						through = append(through, d)
					}
				}
				if len(through) > 0 {
					sort.Strings(through)
					broken = append(broken, fmt.Sprintf("%s depends on %s through %s: %s", pkg, through[0], imp, r.why))
				}
			}
		}
	}
	return broken, seen
}

// TestBreaches: a rule is broken by a direct import and by one through
// another package, not by the package its exception leaves out.
func TestBreaches(t *testing.T) {
	t.Parallel()
	imports := map[string][]string{
		"m/dom":      {"m/dom/io"},
		"m/dom/io":   {"ui/toolkit"},
		"m/dom/set":  {"m/dom"},
		"m/dom/ok":   {"m/dom"},
		"m/dom/bad":  {"m/dom/set"},
		"m/app":      {"ui/toolkit", "m/dom"},
		"ui/toolkit": nil,
	}
	order := []string{"m/dom", "m/dom/io", "m/dom/set", "m/dom/ok", "m/dom/bad", "m/app", "ui/toolkit"}
	rules := []depRule{
		{from: "m/dom", banned: "ui/", why: "no UI"},
		{from: "m/dom", except: "m/dom/set", banned: "m/dom/set", why: "the set is on top"},
	}
	got, seen := breaches(imports, order, rules)
	want := []string{
		"m/dom depends on ui/toolkit through m/dom/io: no UI",
		"m/dom/io imports ui/toolkit: no UI",
		"m/dom/set depends on ui/toolkit through m/dom: no UI",
		"m/dom/ok depends on ui/toolkit through m/dom: no UI",
		"m/dom/bad depends on ui/toolkit through m/dom/set: no UI",
		"m/dom/bad imports m/dom/set: the set is on top",
	}
	if !slices.Equal(got, want) || seen != 9 {
		t.Errorf("breaches (%d checked) =\n%s\nwant (9 checked)\n%s", seen, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// inside reports whether package path p is prefix or below it (prefix
// itself alone when it ends in "$").
func inside(p, prefix string) bool {
	if exact, ok := strings.CutSuffix(prefix, "$"); ok {
		return p == exact
	}
	if strings.HasSuffix(prefix, "/") {
		return strings.HasPrefix(p, prefix)
	}
	return p == prefix || strings.HasPrefix(p, prefix+"/")
}

// TestCommandLineBinaryIsLight checks what the command-line binaries
// link. cmd/argmap-cli, which people and scripts start for every command,
// links the domain and nothing that draws, prints or serves: each of those
// costs milliseconds of initialisers (and page faults) at every start,
// used or not, and it hands the command lines that need them to
// cmd/argmap-cli-full. That one may have Fyne's theme, for its bundled
// fonts, but none of the editor: no driver, widgets or translations (whose
// initialisers cost tens of milliseconds), no OpenGL, no app.
func TestCommandLineBinaryIsLight(t *testing.T) {
	t.Parallel()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatal("no go command to list dependencies:", err)
	}
	type ban struct{ prefix, why string }
	editor := []ban{
		{"github.com/go-gl/", "OpenGL and GLFW need cgo and a display"},
		{"fyne.io/fyne/v2/driver", "a Fyne driver opens windows"},
		{"fyne.io/fyne/v2/app", "a Fyne app is the editor"},
		{"fyne.io/fyne/v2/widget", "widgets are the editor's"},
		{"fyne.io/fyne/v2/lang", "Fyne's translations are parsed at start-up"},
		{"github.com/argmap/argmap/app", "the command line runs without the editor"},
	}
	light := append([]ban{
		{"fyne.io/", "Fyne's fonts and resources are for pictures (argmap-cli-full)"},
		{"golang.org/x/image/", "rasterising is for pictures (argmap-cli-full)"},
		{"github.com/argmap/argmap/internal/render", "pictures are drawn by argmap-cli-full"},
		{"github.com/argmap/argmap/internal/pdf", "PDFs are printed by argmap-cli-full"},
		{"github.com/go-pdf/", "the PDF writer (and encoding/gob, which it initialises) is argmap-cli-full's"},
		{"encoding/gob", "gob's initialiser builds its type tables at every start"},
		{"github.com/argmap/argmap/internal/mcp", "the MCP server is argmap-cli-full's"},
		{"github.com/argmap/argmap/internal/cli/heavy", "the heavy parts are argmap-cli-full's"},
		{"github.com/modelcontextprotocol/", "the MCP SDK (with a JSON Schema library and OAuth) is argmap-cli-full's"},
		{"github.com/google/jsonschema-go", "JSON Schema is for the MCP server"},
		{"net/http", "HTTP (and TLS, certificates) is for the MCP SDK"},
		{"gopkg.in/yaml.v3", "the YAML reader's initialisers and code cost every start about a millisecond: argmap-cli-full reads CAES files"},
		{"github.com/argmap/argmap/argmap/carneades", "its reader links the YAML library: argmap-cli-full reads CAES files"},
	}, editor...)
	for _, tc := range []struct {
		pkg    string
		banned []ban
	}{
		{"github.com/argmap/argmap/cmd/argmap-cli", light},
		{"github.com/argmap/argmap/cmd/argmap-cli-full", editor},
	} {
		out, err := exec.Command(goTool, "list", "-deps", tc.pkg).CombinedOutput()
		if err != nil {
			t.Fatalf("go list: %v\n%s", err, out)
		}
		deps := strings.Fields(string(out))
		if len(deps) < 10 {
			t.Fatalf("go list found only %d packages for %s: %q", len(deps), tc.pkg, deps)
		}
		for _, d := range deps {
			for _, b := range tc.banned {
				if inside(d, strings.TrimSuffix(b.prefix, "/")) || strings.HasPrefix(d, b.prefix) {
					t.Errorf("%s depends on %s: %s", tc.pkg, d, b.why)
				}
			}
		}
	}
}
