package microtexts_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/anchor"
	"github.com/argmap/argmap/argmap/microtexts"
	"github.com/argmap/argmap/internal/shared"
)

const corpus = "../../../shared/corpus/other/microtexts-arggraph"

// b005 has an undercut of an undercut; b001 a linked premise (add) of an
// undercut.
const b001 = `<?xml version='1.0' encoding='UTF-8'?>
<arggraph id="micro_b001" topic_id="waste_separation" stance="pro">
  <edu id="e1"><![CDATA[Yes, it's annoying to separate your rubbish.]]></edu>
  <edu id="e2"><![CDATA[Three bin bags stink away in the kitchen.]]></edu>
  <edu id="e3"><![CDATA[But still Germany produces too much rubbish]]></edu>
  <edu id="e4"><![CDATA[and too many resources are lost.]]></edu>
  <edu id="e5"><![CDATA[We Berliners should become pioneers in waste separation!]]></edu>
  <adu id="a1" type="opp"/>
  <adu id="a2" type="opp"/>
  <adu id="a3" type="pro"/>
  <adu id="a4" type="pro"/>
  <adu id="a5" type="pro"/>
  <edge id="c6" src="e1" trg="a1" type="seg"/>
  <edge id="c7" src="e2" trg="a2" type="seg"/>
  <edge id="c8" src="e3" trg="a3" type="seg"/>
  <edge id="c9" src="e4" trg="a4" type="seg"/>
  <edge id="c10" src="e5" trg="a5" type="seg"/>
  <edge id="c1" src="a1" trg="a5" type="reb"/>
  <edge id="c2" src="a2" trg="a1" type="sup"/>
  <edge id="c3" src="a3" trg="c1" type="und"/>
  <edge id="c4" src="a4" trg="c3" type="add"/>
</arggraph>
`

const b001Text = "Yes, it's annoying to separate your rubbish. Three bin bags stink away in the kitchen. " +
	"But still Germany produces too much rubbish and too many resources are lost. " +
	"We Berliners should become pioneers in waste separation!"

func TestDecode(t *testing.T) {
	t.Parallel()
	m, err := microtexts.DecodeText([]byte(b001), b001Text, "micro_b001.txt")
	if err != nil {
		t.Fatal(err)
	}
	if ps := argmap.Validate(m); ps.HasErrors() {
		t.Fatal(ps.Err())
	}
	if m.Meta.Title != "waste separation" || len(m.Claims) != 5 || len(m.Arguments) != 3 {
		t.Fatalf("title %q, %d claims, %d arguments; want waste separation, 5, 3", m.Meta.Title, len(m.Claims), len(m.Arguments))
	}
	c := m.Claims
	reb, sup, und := m.Arguments[0], m.Arguments[1], m.Arguments[2]
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"a1 rebuts a5", reb.Polarity == argmap.Con && reb.Target == c[4].ID && len(reb.Premises) == 1 && reb.Premises[0] == c[0].ID},
		{"a2 supports a1", sup.Polarity == argmap.Pro && sup.Target == c[0].ID && sup.Premises[0] == c[1].ID},
		{"a3 and a4 (linked) undercut the rebuttal", und.Polarity == argmap.Con && und.Target == reb.ID &&
			len(und.Premises) == 2 && und.Premises[0] == c[2].ID && und.Premises[1] == c[3].ID},
		{"opponent units tagged", len(c[0].Tags) == 1 && c[0].Tags[0] == microtexts.OpponentTag && len(c[2].Tags) == 0},
		{"IDs kept in a comment", len(c[0].Comments) == 1 && c[0].Comments[0].Text == "arggraph a1 (opp): e1"},
		{"the text is the source", len(m.Sources) == 1 && m.Sources[0].Path == "micro_b001.txt" && m.Sources[0].Hash == anchor.Hash(b001Text)},
	} {
		if !tc.ok {
			t.Errorf("%s: no", tc.name)
		}
	}
	for _, c := range m.Claims {
		if c.Anchor == nil {
			t.Fatalf("claim %q has no anchor", c.Text)
		}
		if res := anchor.Resolve(b001Text, *c.Anchor); res.Status != anchor.OK || c.Anchor.Quote != c.Text {
			t.Errorf("claim %q: anchor %v, quote %q", c.Text, res.Status, c.Anchor.Quote)
		}
	}
	// Without the text: the same map, unanchored.
	m, err = microtexts.Decode([]byte(b001))
	if err != nil || len(m.Sources) != 0 || m.Claims[0].Anchor != nil || len(m.Arguments) != 3 {
		t.Fatalf("without text: %v, %+v", err, m)
	}
}

// TestJointsAndLooseEDUs: a joint of two EDUs makes one claim of both; an
// EDU of no ADU is kept as a claim tagged non-argumentative; an example is
// a pro argument with the scheme "example"; gold relations read as pairs.
func TestJointsAndLooseEDUs(t *testing.T) {
	t.Parallel()
	data := `<arggraph id="x">
<edu id="e1">Tax sugar</edu><edu id="e2">because</edu><edu id="e3">kids eat too much.</edu><edu id="e4">Mexico did.</edu><edu id="e5">Well.</edu>
<joint id="j1"/>
<adu id="a1" type="pro"/><adu id="a2" type="pro"/><adu id="a3" type="pro"/>
<edge id="s1" src="e1" trg="a1" type="seg"/><edge id="s2" src="e2" trg="j1" type="seg"/><edge id="s3" src="e3" trg="j1" type="seg"/>
<edge id="s4" src="j1" trg="a2" type="seg"/><edge id="s5" src="e4" trg="a3" type="seg"/>
<edge id="c1" src="a2" trg="a1" type="sup"/><edge id="c2" src="a3" trg="a2" type="exa"/>
</arggraph>`
	m, err := microtexts.DecodeText([]byte(data), "Tax sugar because kids eat too much. Mexico did. Well.", "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Claims) != 4 || m.Claims[1].Text != "because kids eat too much." || m.Claims[3].Text != "Well." ||
		len(m.Claims[3].Tags) != 1 || m.Claims[3].Tags[0] != microtexts.NonArgumentativeTag {
		t.Fatalf("claims %+v", m.Claims)
	}
	if a := m.Claims[1].Anchor; a == nil || a.Offset != len("Tax sugar ") || a.Quote != "because kids eat too much." {
		t.Errorf("the joint's anchor %+v", a)
	}
	if m.Arguments[1].Scheme != "example" || m.Arguments[1].Polarity != argmap.Pro {
		t.Errorf("exa: %+v", m.Arguments[1])
	}
	g, _ := microtexts.Parse([]byte(data))
	want := []microtexts.Relation{{From: 1, To: 0, Type: "sup"}, {From: 2, To: 1, Type: "exa"}}
	if got := g.Relations(); len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("relations %+v, want %+v", got, want)
	}
	// A text that lacks a unit anchors the units before it only.
	m, _ = microtexts.DecodeText([]byte(data), "Tax sugar because kids eat a lot. Mexico did. Well.", "x.txt")
	if m.Claims[0].Anchor == nil || m.Claims[1].Anchor != nil || m.Claims[2].Anchor != nil {
		t.Errorf("anchors after a unit missing from the text: %v %v %v", m.Claims[0].Anchor, m.Claims[1].Anchor, m.Claims[2].Anchor)
	}
}

func TestErrors(t *testing.T) {
	t.Parallel()
	edu := `<edu id="e1">A</edu><edu id="e2">B</edu><adu id="a1" type="pro"/><adu id="a2" type="pro"/>` +
		`<edge id="s1" src="e1" trg="a1" type="seg"/><edge id="s2" src="e2" trg="a2" type="seg"/>` + "\n"
	for _, tc := range []struct {
		name, data, want string
	}{
		{"not XML", "<arggraph id='x'><edu", "line 1: unexpected EOF"},
		{"another root", "<map/>", "line 1: <map>: an arggraph file starts with <arggraph>"},
		{"no root", "<?xml version='1.0'?>", "line 1: no <arggraph> element"},
		{"unknown element", "<arggraph>\n<node id='n'/></arggraph>", "line 2: <node> is not an element of an arggraph"},
		{"nested", "<arggraph><adu id='a' type='pro'><adu id='b' type='pro'/></adu></arggraph>", "do not nest"},
		{"text between", "<arggraph>hello</arggraph>", `line 1: text "hello" between the elements`},
		{"duplicate id", "<arggraph>\n<edu id='e1'>A</edu>\n<adu id='e1' type='pro'/></arggraph>", `line 3: id "e1" declared again (first on line 2)`},
		{"no id", "<arggraph><adu type='pro'/></arggraph>", "line 1: ADU without an id"},
		{"bad adu type", "<arggraph><adu id='a' type='con'/></arggraph>", `adu "a": type "con", want pro or opp`},
		{"bad edge type", "<arggraph>" + edu + "<edge id='c' src='a1' trg='a2' type='att'/></arggraph>", `line 2: edge "c": type "att"`},
		{"dangling", "<arggraph>" + edu + "<edge id='c' src='a1' trg='a9' type='sup'/></arggraph>", `edge "c": trg "a9" is no node or edge of the graph`},
		{"wrong kind", "<arggraph>" + edu + "<edge id='c' src='e1' trg='a2' type='sup'/></arggraph>", `edge "c" (sup): src "e1" is an EDU`},
		{"undercut of a unit", "<arggraph>" + edu + "<edge id='c' src='a1' trg='a2' type='und'/></arggraph>", `edge "c" (und): trg "a2" is an ADU`},
		{"self", "<arggraph>" + edu + "<edge id='c' src='a1' trg='a1' type='sup'/></arggraph>", `edge "c" goes from "a1" to itself`},
		{"loop of undercuts", "<arggraph>" + edu + "<edge id='c' src='a1' trg='d' type='und'/><edge id='d' src='a2' trg='c' type='und'/></arggraph>", "lead round in a loop"},
		{"adu of nothing", "<arggraph>\n<adu id='a' type='pro'/></arggraph>", `line 2: adu "a" is made of no EDU`},
		{"joint of nothing", "<arggraph>" + edu + "<joint id='j'/></arggraph>", `joint "j" joins no EDU`},
		{"premise of its own conclusion", "<arggraph>" + edu + "<edge id='c' src='a1' trg='a2' type='sup'/>\n<edge id='d' src='a2' trg='c' type='add'/></arggraph>",
			`line 3: edge "d" adds "a2" as a premise of the argument that concludes it`},
		{"undercut of a segmentation", "<arggraph>" + edu + "<edge id='c' src='a1' trg='s2' type='und'/></arggraph>", `edge "c" (und) aims at edge "s2", a segmentation (seg) edge`},
		{"premise of a segmentation", "<arggraph>" + edu + "<edge id='c' src='a1' trg='s2' type='add'/></arggraph>", `edge "c" (add) aims at edge "s2", a segmentation (seg) edge`},
		{"premise twice", "<arggraph>" + edu + "<edge id='c' src='a1' trg='a2' type='sup'/><edge id='d' src='a1' trg='c' type='add'/></arggraph>", "already a premise"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := microtexts.Decode([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want %q", err, tc.want)
			}
			var e *microtexts.Error
			if !errors.As(err, &e) || e.Line < 1 {
				t.Errorf("error %v has no line", err)
			}
		})
	}
}

// TestCorpus: every file of the corpus reads into a valid map, anchored
// in its text where the corpus has it (not for the three loose copies,
// two of texts it lacks), with a claim per ADU and an argument per sup, exa, reb
// and und edge.
func TestCorpus(t *testing.T) {
	t.Parallel()
	shared.Path(t, "corpus/other/microtexts-arggraph")
	files, _ := filepath.Glob(filepath.Join(corpus, "en", "*.xml"))
	more, _ := filepath.Glob(filepath.Join(corpus, "*.xml"))
	files = append(files, more...)
	if len(files) < 84 {
		t.Fatalf("the microtexts corpus at %s has %d files, want at least 84", corpus, len(files))
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _ := os.ReadFile(strings.TrimSuffix(filepath.Join(corpus, "en", filepath.Base(f)), ".xml") + ".txt")
		m, err := microtexts.DecodeText(data, string(text), "t.txt")
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if ps := argmap.Validate(m); ps.HasErrors() {
			t.Fatalf("%s: %v", f, ps.Err())
		}
		g, _ := microtexts.Parse(data)
		args := 0
		for _, e := range g.Edges {
			if e.Type != microtexts.Seg && e.Type != microtexts.Add {
				args++
			}
		}
		if len(m.Claims) != len(g.ADUs) || len(m.Arguments) != args {
			t.Errorf("%s: %d claims, %d arguments; want %d, %d", f, len(m.Claims), len(m.Arguments), len(g.ADUs), args)
		}
		for _, c := range m.Claims {
			if len(text) > 0 && c.Anchor == nil {
				t.Errorf("%s: claim %q not anchored", f, c.Text)
				break
			}
		}
	}
}

// FuzzDecode: no panic; what decodes is a valid map whose anchors lie in
// the text; errors carry a line.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(b001), b001Text)
	f.Add([]byte("<arggraph><edu id='e'>x</edu><adu id='a' type='pro'/><edge id='s' src='e' trg='a' type='seg'/></arggraph>"), "x")
	f.Add([]byte("<arggraph><edu id='e1'>A</edu><edu id='e2'>B</edu><joint id='j'/><adu id='a' type='opp'/>"+
		"<edge id='s' src='e1' trg='j' type='seg'/><edge id='t' src='e2' trg='j' type='seg'/><edge id='u' src='j' trg='a' type='seg'/></arggraph>"), "A B")
	if dir, ok := shared.Optional(f, "corpus/other/microtexts-arggraph"); ok {
		files, _ := filepath.Glob(filepath.Join(dir, "*.xml"))
		for _, file := range files {
			if data, err := os.ReadFile(file); err == nil {
				f.Add(data, "")
			}
		}
	}
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		if len(data) > 64<<10 || len(text) > 64<<10 {
			t.Skip("larger than the fuzzer needs")
		}
		m, err := microtexts.DecodeText(data, text, "t.txt")
		if err != nil {
			var e *microtexts.Error
			if !errors.As(err, &e) || e.Line < 1 {
				t.Fatalf("error %v has no line", err)
			}
			return
		}
		if ps := argmap.Validate(m); ps.HasErrors() {
			t.Fatalf("invalid map: %v", ps.Err())
		}
		for _, c := range m.Claims {
			if a := c.Anchor; a != nil && (a.Offset < 0 || a.Offset+a.Length > len(text) || text[a.Offset:a.Offset+a.Length] != a.Quote) {
				t.Fatalf("anchor %+v outside the text or not its passage", a)
			}
		}
	})
}
