package argdown

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/internal/shared"
)

// FuzzParse: any input gives either a located *Error or a map that
// validates, and such a map survives export and re-import. The seeds are
// the corpus files, read from the shared folder at run time (never copied
// into testdata), and small snippets.
func FuzzParse(f *testing.F) {
	var files []string
	if dir, ok := shared.Optional(f, "corpus/argdown/source"); ok {
		files, _ = filepath.Glob(filepath.Join(dir, "*"))
	}
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	own, _ := filepath.Glob(filepath.Join("testdata", "conformance", "*.argdown"))
	for _, file := range own {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		// Issue 14: list items, irregular dedent, own conclusion, texts
		// needing escapes, titles and data, trailing tags.
		"* a\n  + b\n1. c\n", "a\n  + b\n      - c\n    - d", "[P]: p\n  <+ <A>\n\n<A>\n\n(1) q\n----\n(2) [P]",
		"[T]: a_b 2*3 **x [l](u_v) {credence: 0.8} #t #u", "===\nmodel:\n  mode: strict\n===\n\n[A]: a\n  - [B]: b",
		"", "===\n===", "===\ntitle: T\nsubTitle: S\ndate: 05/06/2018\n===\n\n[A]: a", "===\nsubtitle: 'S'\ndate: 31/02/2018\n===\n", "[A]: a\n  + [B]\n  - <C>: c\n    _ d\n  >< e",
		"<A>\n\n(1) p\n--\nr {uses: [1]}\n--\n(2) c\n  -> [X]",
		"(1) p\n----\n(2) (implicit conclusion) {argmap: implicit}\n  _> <A>\n\n<A>\n\n(1) q\n----\n(2) r",
		"# H {isGroup: false}\n\n\\[x\\] #(t t) #u {d: 1}", "a /* b\n*/ c <!-- d --> // e",
		"[A]\n  _> <B>\n\n<B>\n  _> <A>", "<A>\n  _> <B>\n\n<B>\n  _> <A>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Decode(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Line < 1 || e.Column < 1 {
				t.Fatalf("error without a place: %v", err)
			}
			return
		}
		if err := argmap.Validate(m).Err(); err != nil {
			t.Fatalf("decoded map does not validate: %v", err)
		}
		out, err := Encode(m)
		if err != nil {
			t.Fatalf("encode: %v", err)
		}
		back, err := Decode(out)
		if err != nil {
			t.Fatalf("re-import of the export fails: %v\n%s", err, out)
		}
		if len(back.Claims) != len(m.Claims) || len(back.Arguments) != len(m.Arguments) {
			t.Fatalf("round trip: %d claims %d arguments, then %d and %d\n%s",
				len(m.Claims), len(m.Arguments), len(back.Claims), len(back.Arguments), out)
		}
	})
}
