package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"testing"

	"github.com/argmap/argmap/argmap/gen"
)

// TestGraphicsStateBalanced: every content stream restores each graphics
// state it saves ("q" … "Q", never below zero, none left open). fpdf's
// RoundedRect saved one per card and never restored it, so the clip of
// the map area stayed on: the footer and the tiles' page labels were
// written but not shown.
func TestGraphicsStateBalanced(t *testing.T) {
	t.Parallel()
	strs := regexp.MustCompile(`\((?:\\.|[^\\)])*\)`) // string operands, which may hold q or Q
	streams := regexp.MustCompile(`(?s)/Length (\d+)[^>]*>>\s*stream\r?\n`)
	for name, o := range map[string]Options{"small": {Essay: true}, "exercise": {NoEvaluation: true}} {
		for mname, m := range map[string]func() ([]byte, error){
			"scripts": func() ([]byte, error) { return Map(scripts(t), o) },
			"tiled":   func() ([]byte, error) { return Map(gen.Tree(200, 3), o) },
		} {
			data, err := m()
			if err != nil {
				t.Fatal(err)
			}
			pages := 0
			for _, loc := range streams.FindAllSubmatchIndex(data, -1) {
				r, err := zlib.NewReader(bytes.NewReader(data[loc[1]:]))
				if err != nil {
					continue
				}
				body, err := io.ReadAll(r)
				if err != nil || !bytes.Contains(body, []byte(" Tf")) {
					continue // a font or another stream, not a page
				}
				pages++
				depth := 0
				for _, tok := range bytes.Fields(strs.ReplaceAll(body, nil)) {
					switch string(tok) {
					case "q":
						depth++
					case "Q":
						if depth--; depth < 0 {
							t.Fatalf("%s %s, page %d: Q without q", name, mname, pages)
						}
					}
				}
				if depth != 0 {
					t.Errorf("%s %s, page %d: %d graphics states left saved", name, mname, pages, depth)
				}
			}
			if pages == 0 {
				t.Errorf("%s %s: no page content found", name, mname)
			}
		}
	}
}
