package formats

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
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
		f.Skipf("format %s is not registered", name)
	}
	path := "fuzz" + fm.Exts[0]
	for _, ext := range fm.Exts {
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
		out, err := argmap.Encode(m)
		if err != nil {
			t.Fatalf("cannot save what was loaded: %v", err)
		}
		if _, err := argmap.Decode(out); err != nil {
			t.Fatalf("cannot read back what was saved: %v", err)
		}
	})
}

func FuzzAPX(f *testing.F) {
	fuzzFormat(f, "apx", "arg(a).\narg(b).\natt(a,b).\n", "arg(a).\n% comment\natt(a,a).\n")
}

func FuzzTGF(f *testing.F) {
	fuzzFormat(f, "tgf", "1 a\n2 b\n#\n1 2\n2 1\n", "a\n#\n")
}

func FuzzICCMA(f *testing.F) {
	fuzzFormat(f, "iccma", "p af 3\n1 2\n2 3\n# comment\n", "p af 0\n")
}

func FuzzKialoFile(f *testing.F) {
	fuzzFormat(f, "kialo", "Discussion Title: T\n\n1. Thesis\n1.1. Pro: a\n1.1.1. Con: -> See 1.\n")
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
