package layout

import (
	"github.com/argmap/argmap/internal/shared"
	"io/fs"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// corpusDir finds a folder of the shared corpus beside the repository.
func corpusDir(t *testing.T, sub string) string {
	t.Helper()
	return shared.Path(t, "corpus/"+sub)
}

// checkLaidOut lays a loaded map out and checks that no two cards overlap
// and that every claim got a finite position.
func checkLaidOut(t *testing.T, name string, m *argmap.Map) {
	t.Helper()
	size := EstimateSize(m)
	pos := Layout(m, size, Options{})
	if bad := overlaps(m, pos, size); len(bad) > 0 {
		t.Errorf("%s: %d overlaps, first %s", name, len(bad), bad[0])
	}
	for _, c := range m.Claims {
		if p, ok := pos[c.ID]; !ok || p.X != p.X || p.Y != p.Y {
			t.Errorf("%s: claim %q has no position", name, c.Text)
		}
	}
}

func TestAIFCorpusLaysOutWithoutOverlap(t *testing.T) {
	t.Parallel()
	dir := corpusDir(t, "aif-json")
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		m, _, err := loadMap(path)
		if err != nil {
			t.Logf("%s: not loaded: %v", path, err)
			return nil
		}
		n++
		checkLaidOut(t, path, m)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no AIF map loaded from the corpus")
	}
	t.Logf("%d AIF maps laid out", n)
}

func TestSampleMapLaysOutWithoutOverlap(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("../../assets/*.argmap.json")
	if len(paths) == 0 {
		t.Fatal("no sample map in assets/ (it is part of the repository)")
	}
	for _, p := range paths {
		m, _, err := loadMap(p)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		checkLaidOut(t, p, m)
		for _, c := range m.Claims { // as after Select All, Unpin
			c.Pinned = false
		}
		checkLaidOut(t, p+" (unpinned)", m)
	}
}

// TestMostlyPinnedTidyPlacesNear: in the hand-placed sample (every claim
// pinned), a new unpinned reason is tidied next to its conclusion, not where
// a layout of the whole map would put it.
func TestMostlyPinnedTidyPlacesNear(t *testing.T) {
	t.Parallel()
	m, _, err := loadMap("../../assets/sample.argmap.json")
	if err != nil {
		t.Fatalf("the sample map (in the repository): %v", err)
	}
	root := m.Claims[0]
	ids := argmap.DeterministicIDs("near")
	c := &argmap.Claim{ID: ids(), Text: "a new reason", Pos: argmap.Point{X: -5000, Y: -5000}}
	m.Claims = append(m.Claims, c)
	m.Arguments = append(m.Arguments, &argmap.Argument{ID: ids(), Premises: []argmap.ID{c.ID}, Target: root.ID, Polarity: argmap.Pro})
	m.Reindex()
	before := positions(m)
	if err := Tidy(m, nil, Options{}).Apply(m); err != nil {
		t.Fatal(err)
	}
	for _, o := range m.Claims {
		if o != c && o.Pos != before[o.ID] {
			t.Fatalf("pinned %q moved", o.Text)
		}
	}
	if c.Pos.Y <= root.Pos.Y || math.Abs(c.Pos.X-root.Pos.X) > 2000 || c.Pos.Y-root.Pos.Y > 1000 {
		t.Errorf("new reason at %v, its conclusion at %v: not next to it", c.Pos, root.Pos)
	}
	if bad := overlaps(m, positions(m), EstimateSize(m)); len(bad) > 0 {
		t.Errorf("overlaps: %v", bad)
	}
}
