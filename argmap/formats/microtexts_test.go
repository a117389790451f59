package formats

import (
	"os"
	"path/filepath"
	"testing"
)

const microtextXML = `<?xml version='1.0' encoding='UTF-8'?>
<arggraph id="micro_x" topic_id="sugar_tax" stance="pro">
  <edu id="e1"><![CDATA[Sugar should be taxed,]]></edu>
  <edu id="e2"><![CDATA[because children eat too much of it.]]></edu>
  <adu id="a1" type="pro"/>
  <adu id="a2" type="pro"/>
  <edge id="c3" src="e1" trg="a1" type="seg"/>
  <edge id="c4" src="e2" trg="a2" type="seg"/>
  <edge id="c1" src="a2" trg="a1" type="sup"/>
</arggraph>
`

// TestMicrotextFile: an arggraph file loads by its extension or its
// content, anchored in the .txt of the same name beside it when that is
// readable UTF-8 text, and without anchors otherwise.
func TestMicrotextFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	xml := filepath.Join(dir, "micro_x.xml")
	if err := os.WriteFile(xml, []byte(microtextXML), 0o644); err != nil {
		t.Fatal(err)
	}
	m, f, err := Load(xml)
	if err != nil || f.Name != "arggraph" || len(m.Claims) != 2 || len(m.Arguments) != 1 || len(m.Sources) != 0 || m.Claims[0].Anchor != nil {
		t.Fatalf("without its text: %v, format %v, %+v", err, f, m)
	}
	txt := filepath.Join(dir, "micro_x.txt")
	if err := os.WriteFile(txt, []byte("Sugar should be taxed, because children eat too much of it."), 0o644); err != nil {
		t.Fatal(err)
	}
	m, _, err = Load(xml)
	if err != nil || len(m.Sources) != 1 || m.Sources[0].Path != "micro_x.txt" || m.Claims[1].Anchor == nil || m.Claims[1].Anchor.Offset != 23 {
		t.Fatalf("with its text: %v, %+v", err, m.Sources)
	}
	// Sniffed by content under another name.
	other := filepath.Join(dir, "graph.data")
	if err := os.WriteFile(other, []byte(microtextXML), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, f, err := Load(other); err != nil || f.Name != "arggraph" {
		t.Fatalf("by content: %v, %v", f, err)
	}
	// A text that is not UTF-8 costs the anchors only.
	if err := os.WriteFile(txt, []byte("Sugar should be taxed, caf\xe9"), 0o644); err != nil {
		t.Fatal(err)
	}
	if m, _, err := Load(xml); err != nil || len(m.Sources) != 0 {
		t.Fatalf("with a text not UTF-8: %v, %+v", err, m.Sources)
	}
	// Errors name the file, the format and the line.
	bad := filepath.Join(dir, "bad.xml")
	if err := os.WriteFile(bad, []byte("<arggraph>\n<edge id='c' src='a' trg='b' type='sup'/></arggraph>"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load(bad); err == nil || err.Error() != bad+`: arggraph XML (arg-microtexts): line 2: edge "c": src "a" is no node or edge of the graph` {
		t.Fatalf("error %v", err)
	}
}

func FuzzArggraph(f *testing.F) {
	fuzzFormat(f, "arggraph", microtextXML,
		"<arggraph><edu id='e'>x</edu><adu id='a' type='opp'/><edge id='s' src='e' trg='a' type='seg'/></arggraph>",
		"<arggraph><edu id='e1'>A</edu><edu id='e2'>B</edu><adu id='a1' type='pro'/><adu id='a2' type='pro'/>"+
			"<edge id='s1' src='e1' trg='a1' type='seg'/><edge id='s2' src='e2' trg='a2' type='seg'/>"+
			"<edge id='c' src='a1' trg='a2' type='reb'/><edge id='d' src='a2' trg='c' type='und'/></arggraph>")
}
