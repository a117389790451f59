package formats

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/formats/placement"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/shared"
)

// afCorpus is the ICCMA corpus, read in place for fuzz seeds when present.
const afCorpus = "../../../shared/corpus/af-iccma/instances"

// fuzzFormat fuzzes one registered decoder through Decode, as the app
// opens files: no panic, and what loads is a valid map within the limits
// that the native format saves and reads back. Its seeds are the small
// files of the corpus with the format's extensions, the hostile cases of
// this package for the format, and the given strings.
func fuzzFormat(f *testing.F, name string, seeds ...string) {
	fm := ByName(name)
	if fm == nil || fm.Decode == nil {
		f.Fatalf("format %s is not registered: its fuzz target would test nothing", name)
	}
	path := "fuzz" + fm.Exts[0]
	// The corpus seeds are extra coverage: Optional says when they are
	// missing (and fails under CI).
	_, withCorpus := shared.Optional(f, "corpus/af-iccma/instances")
	for _, ext := range fm.Exts {
		if !withCorpus {
			break
		}
		files, _ := filepath.Glob(filepath.Join(afCorpus, "*", "*"+ext))
		more, _ := filepath.Glob(filepath.Join(afCorpus, "*"+ext))
		for _, file := range append(files, more...) {
			if st, err := os.Stat(file); err == nil && st.Size() < 4<<10 {
				if data, err := os.ReadFile(file); err == nil {
					f.Add(data)
				}
			}
		}
	}
	for _, tc := range hostileCases() {
		if tc.format == name && len(tc.data) < 64<<10 {
			f.Add([]byte(tc.data))
		}
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if announcesHugeAF(data) {
			// "p af 999999" is a valid map of a million claims: correct,
			// but seconds of work per input, which the fuzzer reports as
			// a hang. The header limit itself is tested in hostile_test.
			t.Skip("header announces more arguments than the fuzzer should build")
		}
		m, _, err := Decode(path, data)
		if err != nil {
			return
		}
		if ps := argmap.Validate(m); ps.HasErrors() {
			t.Fatalf("loaded an invalid map: %v", ps.Err())
		}
		// As the app and the CLI do on opening an import: the layout
		// must give positions the map may be saved with.
		if err := placement.LayOut(m, nil); err != nil {
			t.Fatalf("cannot lay out what was loaded: %v", err)
		}
		out, err := native.Encode(m)
		if err != nil {
			t.Fatalf("cannot save what was loaded: %v", err)
		}
		if _, err := native.Decode(out); err != nil {
			t.Fatalf("cannot read back what was saved: %v", err)
		}
	})
}

// The seeds after the first ones keep the shapes of issue 19's hostile
// files, small: many attacks, attacks before their arguments, self-loops,
// loose claims in a row too long for the canvas, a byte order mark.
func FuzzAPX(f *testing.F) {
	fuzzFormat(f, "apx", "arg(a).\narg(b).\natt(a,b).\n", "arg(a).\n% comment\natt(a,a).\n",
		"\uFEFFarg(a).\natt(a,a).\n", strings.Repeat("att(a,b).\n", 50)+"arg(a).\narg(b).\n")
}

func FuzzTGF(f *testing.F) {
	fuzzFormat(f, "tgf", "1 a\n2 b\n#\n1 2\n2 1\n", "a\n#\n",
		"\uFEFFa\n#\na a\n", "a\nb\n#\n"+strings.Repeat("a a\nb b\n", 50))
}

func FuzzICCMA(f *testing.F) {
	fuzzFormat(f, "iccma", "p af 3\n1 2\n2 3\n# comment\n", "p af 0\n",
		"p af 36000", "\uFEFFp af 2\r\n1 1\r\n", "p af 2\n"+strings.Repeat("1 2\n", 100))
}

func FuzzKialoFile(f *testing.F) {
	fuzzFormat(f, "kialo", "Discussion Title: T\n\n1. Thesis\n1.1. Pro: a\n1.1.1. Con: -> See 1.\n",
		"\uFEFF1. A\n1.1. Pro: -> See 1.2.\n1.2. Pro: -> See 1.3.\n1.3. Pro: -> See 1.4.\n1.4. Con: B\n",
		"1. A\n"+strings.Repeat("more\n", 100),
		// UTF-16 (read as UTF-8) and files that are no text.
		"\xff\xfe1\x00.\x00 \x00A\x00\n\x00", "\xfe\xff\x001\x00.\x00 \x00A\x00\n", "\x89PNG\r\n\x1a\n", "%PDF-1.7\n")
}

// announcesHugeAF reports whether data starts (after comments and blank
// lines) with an ICCMA header of more than 100,000 arguments.
func announcesHugeAF(data []byte) bool {
	for _, line := range strings.Split(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		if len(fields) == 3 && fields[0] == "p" && fields[1] == "af" {
			n, err := strconv.Atoi(fields[2])
			return err == nil && n > 100_000
		}
		return false
	}
	return false
}
