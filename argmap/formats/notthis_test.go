package formats

import (
	"errors"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestNotThisFormat (msgs7 item 2): a file that an extension gives to a
// format but holds something else (a shopping list saved as .txt) is
// refused as not a file of that format, with its place and a few words on
// what one looks like; a real file of the format with a fault keeps the
// decoder's own message; an export-only extension (.dot) says that Argmap
// writes it but does not read it.
func TestNotThisFormat(t *testing.T) {
	t.Parallel()
	shopping := "milk\neggs\nbread\n"
	for _, tc := range []struct {
		path, data string
		want       string // the whole message
	}{
		{"shopping.txt", shopping, `shopping.txt: not a Kialo discussion file: line 1: expected the thesis "1. …", found "milk". A Kialo discussion export starts with "Discussion Title: …" or its thesis "1. …", then numbered points such as "1.1. Pro: …"`},
		{"list.kialo.txt", "\n\n  - milk\n", `list.kialo.txt: not a Kialo discussion file: line 3: expected the thesis "1. …", found "  - milk". A Kialo discussion export starts with "Discussion Title: …" or its thesis "1. …", then numbered points such as "1.1. Pro: …"`},
		{"notes.af", "Dear Sam,\nthanks.\n", `notes.af: not an ICCMA'23 AF file: line 1: want the header "p af N": "Dear Sam,". An ICCMA'23 file starts with the header "p af N", then attacks such as "1 2", one a line`},
		{"essay.apx", "Why we argue.\nBecause.\n", `essay.apx: not an ASPARTIX AF file: line 1: want arg(x). or att(x,y).: "Why we argue.". An ASPARTIX file lists facts such as "arg(a)." and "att(a,b)."`},
		{"x.aif.json", shopping, `x.aif.json: not an AIF-JSON file: line 1: found "milk". An AIF-JSON file is a JSON object with "nodes" and "edges"`},
		{"config.yaml", "\n" + strings.Repeat("long words ", 10) + "\n", `config.yaml: not a Carneades CAES YAML file: line 2: found "long words long words long words long wo…". A CAES file is YAML with "statements" and "arguments" at its top level`},
		{"page.xml", "<html><body>hi</body></html>\n", `page.xml: not an arggraph XML (arg-microtexts) file: line 1: <html>: an arggraph file starts with <arggraph>. An arggraph file is XML whose root is <arggraph>, with <edu>, <adu> and <edge> elements`},
		{"graph.dot", "digraph G { a -> b }\n", `graph.dot: Argmap writes Graphviz DOT files but does not read them; ` + testSet().opens()},
		// Files of the format keep the decoder's message.
		{"bad.txt", "Discussion Title: T\n\n1.1. Con: A\n", `bad.txt: Kialo discussion: line 3: 1.1.: expected the thesis "1. …" first`},
		{"commented.apx", "% an AF\narg(a).\natt(a,b)\n", `commented.apx: ASPARTIX AF: line 3: a fact ends with '.': "att(a,b)"`},
		{"bad.af", "p af 2\n1 3\n", `bad.af: ICCMA'23 AF: line 2: argument "3" is not a number from 1 to 2`},
	} {
		t.Run(tc.path, func(t *testing.T) {
			_, _, err := testSet().Decode(tc.path, []byte(tc.data))
			if err == nil {
				t.Fatal("decoded")
			}
			if err.Error() != tc.want {
				t.Errorf("error\n%s\nwant\n%s", err, tc.want)
			}
			var de *argmap.DecodeError
			if !errors.As(err, &de) || de.Line == 0 && !strings.HasSuffix(tc.path, ".dot") {
				t.Errorf("%v: no DecodeError with a line (%+v)", err, de)
			}
		})
	}
}
