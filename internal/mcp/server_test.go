package mcp

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/argmaptest"
	"github.com/argmap/argmap/argmap/formats"
	"github.com/argmap/argmap/argmap/formats/placement"
	"github.com/argmap/argmap/argmap/native"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
)

// fixture is the map the tests serve: a thesis with two reasons (one from
// expert opinion, with critical questions) and an objection.
type fixture struct {
	path                      string
	thesis, pollute, experts  ID3
	poor                      ID3
	aPollute, aExperts, aPoor ID3
}

// ID3 is an ID as the tests use it: the UUID and its string.
type ID3 struct {
	ID argmap.ID
	S  string
}

func mkID(id argmap.ID) ID3 { return ID3{id, id.String()} }

// writeFixture writes the fixture map into a new folder.
func writeFixture(t *testing.T) *fixture {
	t.Helper()
	b := argmaptest.NewBuilder(t.Name(), "Car tax")
	claim := func(text string, x float64) ID3 { return mkID(b.Claim(text, argmaptest.At(x, 300))) }
	f := &fixture{path: filepath.Join(t.TempDir(), "car.argmap.json")}
	f.thesis = claim("Cities should tax cars", 0)
	f.pollute = claim("Cars pollute the air", -300)
	f.experts = claim("Transport experts say a tax reduces traffic", 0)
	f.poor = claim("A car tax hits the poor hardest", 300)
	arg := func(p, target ID3, pol argmap.Polarity, scheme string) ID3 {
		a := b.Arg(pol, target.ID, p.ID)
		a.Scheme = scheme
		return mkID(a.ID)
	}
	f.aPollute = arg(f.pollute, f.thesis, argmap.Pro, "")
	f.aExperts = arg(f.experts, f.thesis, argmap.Pro, "expert-opinion")
	f.aPoor = arg(f.poor, f.thesis, argmap.Con, "")
	m := b.Map()
	m.Claims[0].Pos.Y, m.Claims[0].Pinned = 0, true
	m.Claims[1].Comments = []argmap.Comment{
		{ID: b.ID(), Author: "teacher", Text: "Good source", Time: time.Unix(1e9, 0).UTC()},
		{ID: b.ID(), Author: "teacher", Text: "Rubric: 2 of 5", Time: time.Unix(1e9, 0).UTC(), Private: true},
	}
	if err := native.WriteFile(f.path, m); err != nil {
		t.Fatal(err)
	}
	return f
}

// connect serves path and connects the SDK's own client to it over the
// SDK's in-memory transport.
func connect(t *testing.T, path string) *sdk.ClientSession {
	t.Helper()
	cs, _ := connectServer(t, path)
	return cs
}

// connectServer is connect that also returns the server.
func connectServer(t *testing.T, path string) (*sdk.ClientSession, *Server) {
	t.Helper()
	s, err := New(testFormats(), path, argmaptest.Mint("mcp server/"+t.Name()))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	st, ct := sdk.NewInMemoryTransports()
	ss, err := s.SDK().Connect(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ss.Close() })
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "test-assistant", Version: "1"}, nil).Connect(ctx, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cs.Close() })
	return cs, s
}

// call calls a tool and fails the test on a protocol error.
func call(t *testing.T, cs *sdk.ClientSession, name string, args any) *sdk.CallToolResult {
	t.Helper()
	res, err := cs.CallTool(context.Background(), &sdk.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return res
}

// text is the text content of a result.
func text(res *sdk.CallToolResult) string {
	var b strings.Builder
	for _, c := range res.Content {
		if tc, ok := c.(*sdk.TextContent); ok {
			b.WriteString(tc.Text)
		}
	}
	return b.String()
}

// callOK calls a tool that must succeed and decodes its structured result
// into out.
func callOK(t *testing.T, cs *sdk.ClientSession, name string, args, out any) {
	t.Helper()
	res := call(t, cs, name, args)
	if res.IsError {
		t.Fatalf("%s(%v): tool error: %s", name, args, text(res))
	}
	data, err := json.Marshal(res.StructuredContent)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, out); err != nil {
		t.Fatalf("%s: %v in %s", name, err, data)
	}
}

// callErr calls a tool that must fail with a tool error and returns the
// message.
func callErr(t *testing.T, cs *sdk.ClientSession, name string, args any) string {
	t.Helper()
	res := call(t, cs, name, args)
	if !res.IsError {
		t.Fatalf("%s(%v): no error, got %s", name, args, text(res))
	}
	return text(res)
}

func readBytes(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestListTools(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	res, err := cs.ListTools(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]bool{}
	for _, tool := range res.Tools {
		got[tool.Name] = true
		if tool.Description == "" {
			t.Errorf("tool %s has no description", tool.Name)
		}
	}
	for _, want := range allTools {
		if !got[want] {
			t.Errorf("tool %s is missing; the server has %v", want, got)
		}
	}
	if len(got) != len(allTools) {
		t.Errorf("the server has %d tools, the test knows %d: %v", len(got), len(allTools), got)
	}
}

// allTools names every tool; TestListTools keeps it in step.
var allTools = []string{"get_map", "outline", "evaluate", "find_claims", "layout", "export",
	"propose_claim", "propose_argument", "propose_objection", "propose_critical_question"}

func TestGetMap(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	var v MapView
	callOK(t, cs, "get_map", map[string]any{}, &v)
	if v.Title != "Car tax" || len(v.Claims) != 4 || len(v.Arguments) != 3 {
		t.Fatalf("get_map = %+v", v)
	}
	if c := v.Claims[0]; c.ID != f.thesis.S || c.Text != "Cities should tax cars" || c.Role != "main" {
		t.Errorf("first claim = %+v", c)
	}
	if c := v.Claims[3]; c.Role != "objection" {
		t.Errorf("objection's role = %q", c.Role)
	}
	a := v.Arguments[1]
	if a.ID != f.aExperts.S || a.Target != f.thesis.S || a.Polarity != "pro" || len(a.Premises) != 1 || a.Premises[0] != f.experts.S {
		t.Errorf("argument = %+v", a)
	}
	if len(a.Questions) == 0 || v.Arguments[0].Questions != nil {
		t.Errorf("critical questions: expert-opinion %v, none %v", a.Questions, v.Arguments[0].Questions)
	}

	// One claim: by its ID or by its first eight hex digits.
	for _, id := range []string{f.poor.S, f.poor.S[:8], strings.ToUpper(f.poor.S)} {
		var one MapView
		callOK(t, cs, "get_map", map[string]any{"claim": id}, &one)
		if len(one.Claims) != 1 || one.Claims[0].ID != f.poor.S || len(one.Arguments) != 1 || one.Arguments[0].ID != f.aPoor.S {
			t.Errorf("get_map(claim %s) = %+v", id, one)
		}
	}
	var th MapView
	callOK(t, cs, "get_map", map[string]any{"claim": f.thesis.S}, &th)
	if len(th.Arguments) != 3 {
		t.Errorf("the thesis has %d arguments, want 3", len(th.Arguments))
	}
}

func TestOutline(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	var o OutlineOut
	callOK(t, cs, "outline", nil, &o)
	for _, want := range []string{"# Car tax", "## Main claim:", "Cities should tax cars", "### Reasons", "Cars pollute the air", "### Objections", "A car tax hits the poor hardest", "Good source"} {
		if !strings.Contains(o.Markdown, want) {
			t.Errorf("outline lacks %q:\n%s", want, o.Markdown)
		}
	}
	if strings.Contains(o.Markdown, "Rubric") {
		t.Errorf("the outline shows a private comment:\n%s", o.Markdown)
	}
}

func TestEvaluate(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	for _, sem := range []string{"", "grounded", "preferred"} {
		var e EvaluateOut
		callOK(t, cs, "evaluate", map[string]any{"semantics": sem}, &e)
		want := sem
		if want == "" {
			want = "grounded"
		}
		if e.Semantics != want || !e.Complete || len(e.Claims) != 4 {
			t.Fatalf("evaluate(%q) = %+v", sem, e)
		}
		if e.Counts.In+e.Counts.Out+e.Counts.Undec != 4 {
			t.Errorf("counts %+v", e.Counts)
		}
		for _, c := range e.Claims {
			if c.Reason == "" || (c.Label != "IN" && c.Label != "OUT" && c.Label != "UNDEC") {
				t.Errorf("%s: claim %+v", sem, c)
			}
			if c.ID == f.poor.S && c.Label != "IN" {
				t.Errorf("%s: the unopposed objection is %s, want IN", sem, c.Label)
			}
			if (sem == "preferred") != (c.Sceptical != nil) {
				t.Errorf("%s: sceptical %v", sem, c.Sceptical)
			}
		}
	}
}

func TestFindClaims(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	for _, tc := range []struct {
		query string
		limit int
		want  []string
		total int
	}{
		{"car", 0, []string{f.thesis.S, f.pollute.S, f.poor.S}, 3},
		{"TAX car", 0, []string{f.thesis.S, f.poor.S}, 2},
		{"tax", 1, []string{f.thesis.S}, 3},
		{"bicycle", 0, nil, 0},
	} {
		var out FindOut
		callOK(t, cs, "find_claims", map[string]any{"query": tc.query, "limit": tc.limit}, &out)
		var got []string
		for _, c := range out.Claims {
			got = append(got, c.ID)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") || out.Total != tc.total {
			t.Errorf("find_claims(%q, %d) = %v total %d, want %v total %d", tc.query, tc.limit, got, out.Total, tc.want, tc.total)
		}
	}
}

func TestLayout(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	var now LayoutOut
	callOK(t, cs, "layout", nil, &now)
	if len(now.Claims) != 4 || now.Claims[1] != (Position{ID: f.pollute.S, X: -300, Y: 300}) || !now.Claims[0].Pinned {
		t.Fatalf("layout = %+v", now)
	}
	before := readBytes(t, f.path)
	var auto LayoutOut
	callOK(t, cs, "layout", map[string]any{"auto": true}, &auto)
	if len(auto.Claims) != 4 || auto.Claims[0] != now.Claims[0] {
		t.Errorf("auto layout moved the pinned thesis: %+v", auto.Claims[0])
	}
	if auto.Claims[1].Y == auto.Claims[0].Y {
		t.Errorf("auto layout put a reason level with its conclusion: %+v", auto.Claims)
	}
	if !bytes.Equal(before, readBytes(t, f.path)) {
		t.Error("layout changed the file")
	}
}

// testFormats is the built-in set plus a format that is not text, as PNG
// and PDF are (main adds those from packages the server does not import).
func testFormats() *formats.Set {
	s := formats.Builtin()
	s.Add(&formats.Format{Name: "test-binary", Title: "Binary test format", Exts: []string{".testbin"},
		Encode: func(m *argmap.Map) ([]byte, error) { return []byte{0x89, 'P', 'N', 'G', 0xff, 0}, nil }})
	return s
}

func TestExport(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	for _, tc := range []struct{ format, want string }{
		{"argdown", "Cities should tax cars"},
		{"md", "# Car tax"},
		{"aif", `"nodes"`},
		{"json", `"format"`},
	} {
		var out ExportOut
		callOK(t, cs, "export", map[string]any{"format": tc.format}, &out)
		if strings.Contains(out.Text, "Rubric") {
			t.Errorf("export(%s) holds a private comment", tc.format)
		}
		if out.Format != tc.format || out.Title == "" || !strings.Contains(out.Text, tc.want) {
			t.Errorf("export(%s) = %s %q: lacks %q", tc.format, out.Format, clip(out.Text), tc.want)
		}
		if out.Encoding != "" {
			t.Errorf("export(%s): encoding %q for text", tc.format, out.Encoding)
		}
	}
	var bin ExportOut
	callOK(t, cs, "export", map[string]any{"format": "test-binary"}, &bin)
	if data, err := base64.StdEncoding.DecodeString(bin.Text); bin.Encoding != "base64" || err != nil || !bytes.Equal(data, []byte{0x89, 'P', 'N', 'G', 0xff, 0}) {
		t.Errorf("binary export: %+v (%v)", bin, err)
	}
}

// TestReadErrors: bad requests to the reading tools are tool errors that
// say what was wrong, and leave the file alone.
func TestReadErrors(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	before := readBytes(t, f.path)
	for _, tc := range []struct {
		tool string
		args map[string]any
		want string
	}{
		{"get_map", map[string]any{"claim": "6ba7b810-9dad-11d1-80b4-00c04fd430c8"}, "no claim has the ID"},
		{"get_map", map[string]any{"claim": f.aPoor.S}, "no claim has the ID"}, // an argument is no claim
		{"get_map", map[string]any{"claim": "abc"}, "is not an ID"},
		{"get_map", map[string]any{"claim": "00000000"}, "no claim has an ID starting"},
		{"evaluate", map[string]any{"semantics": "stable"}, `semantics "stable"`},
		{"find_claims", map[string]any{"query": "  "}, "at least one word"},
		{"find_claims", map[string]any{"query": strings.Repeat("x", argmap.MaxText+1)}, "the limit is"},
		{"find_claims", map[string]any{"query": strings.Repeat("car ", maxWords+1)}, "33 words; at most 32"},
		{"export", map[string]any{"format": "pdf"}, `format "pdf": unknown; the formats are`},
		{"export", map[string]any{"format": ""}, "unknown"},
	} {
		msg := callErr(t, cs, tc.tool, tc.args)
		if !strings.Contains(msg, tc.want) {
			t.Errorf("%s(%v): %q, want it to say %q", tc.tool, tc.args, clip(msg), tc.want)
		}
	}
	if !bytes.Equal(before, readBytes(t, f.path)) {
		t.Error("a bad request changed the file")
	}
}

// TestReadsLatest: when the user saves the file in the app, the next call
// answers about what is on disk now.
func TestReadsLatest(t *testing.T) {
	t.Parallel()
	f := writeFixture(t)
	cs := connect(t, f.path)
	m, err := native.ReadFile(f.path)
	if err != nil {
		t.Fatal(err)
	}
	m.Meta.Title = "Congestion charge"
	m.Claims = append(m.Claims, &argmap.Claim{ID: argmap.NewID(), Text: "Buses get faster"})
	if err := native.WriteFile(f.path, m); err != nil {
		t.Fatal(err)
	}
	var v MapView
	callOK(t, cs, "get_map", nil, &v)
	if v.Title != "Congestion charge" || len(v.Claims) != 5 {
		t.Errorf("after the user's save: %q with %d claims", v.Title, len(v.Claims))
	}
	if err := os.WriteFile(f.path, []byte("{not a map"), 0o644); err != nil {
		t.Fatal(err)
	}
	if msg := callErr(t, cs, "get_map", nil); !strings.Contains(msg, "changed on disk and no longer reads") {
		t.Errorf("a broken file: %q", msg)
	}
}

// TestLayoutTooBigForAuto: the automatic layout is refused, with a clear
// message, on a map bigger than the full layout takes in bounded time; the
// map's own positions are still given.
func TestLayoutTooBigForAuto(t *testing.T) {
	t.Parallel()
	m := argmap.New("big")
	next := argmap.DeterministicIDs(t.Name())
	for i := 0; i <= placement.MaxFullLayout; i++ {
		m.Claims = append(m.Claims, &argmap.Claim{ID: next(), Text: "c", Pos: argmap.Point{X: float64(i)}})
	}
	m.Reindex()
	path := filepath.Join(t.TempDir(), "big.argmap.json")
	if err := native.WriteFile(path, m); err != nil {
		t.Fatal(err)
	}
	cs := connect(t, path)
	if msg := callErr(t, cs, "layout", map[string]any{"auto": true}); !strings.Contains(msg, "5001 claims or arguments; the automatic layout is offered up to 5000") {
		t.Errorf("auto on a big map: %q", msg)
	}
	var out LayoutOut
	callOK(t, cs, "layout", nil, &out)
	if len(out.Claims) != placement.MaxFullLayout+1 {
		t.Errorf("%d positions", len(out.Claims))
	}
}
