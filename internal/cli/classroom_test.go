package cli

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/compare"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// TestMain lets git run this test binary as `argmap` (the merge driver).
func TestMain(m *testing.M) {
	if os.Getenv("ARGMAP_TEST_CLI") == "1" {
		os.Exit(testProgram().Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func classMap(t *testing.T) (*argmap.Map, []argmap.ID) {
	t.Helper()
	ids := argmap.DeterministicIDs("classroom")
	m := argmap.New("Class")
	var cs []argmap.ID
	for _, tx := range []string{"India is the trump card", "The alliance targets China", "India needs the US"} {
		id := ids()
		cs = append(cs, id)
		m.Claims = append(m.Claims, &argmap.Claim{ID: id, Text: tx})
	}
	m.Arguments = []*argmap.Argument{
		{ID: ids(), Premises: []argmap.ID{cs[1]}, Target: cs[0], Polarity: argmap.Pro},
		{ID: ids(), Premises: []argmap.ID{cs[2]}, Target: cs[0], Polarity: argmap.Con},
	}
	m.Reindex()
	return m, cs
}

func writeClassMap(t *testing.T, path string, m *argmap.Map) {
	t.Helper()
	data, err := native.Encode(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func runClass(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := testProgram().Run(args, strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func TestDiffMergeCompareExercise(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	base, cs := classMap(t)
	writeClassMap(t, p("base.argmap.json"), base)
	ours := base.Clone()
	_ = argmap.SetText(cs[1], "The alliance is aimed at China").Apply(ours)
	writeClassMap(t, p("ours.argmap.json"), ours)
	theirs := base.Clone()
	_ = argmap.SetText(cs[2], "India needs America against China").Apply(theirs)
	writeClassMap(t, p("theirs.argmap.json"), theirs)
	clash := base.Clone()
	_ = argmap.SetText(cs[1], "The alliance would contain China").Apply(clash)
	writeClassMap(t, p("clash.argmap.json"), clash)

	tests := []struct {
		args []string
		code int
		out  string
	}{
		{[]string{"diff", p("base.argmap.json"), p("base.argmap.json")}, ExitOK, ""},
		{[]string{"diff", p("base.argmap.json"), p("ours.argmap.json")}, ExitFail, `~ claim "The alliance targets China": text → "The alliance is aimed at China"`},
		{[]string{"diff", p("base.argmap.json")}, ExitUsage, ""},
		{[]string{"diff", p("base.argmap.json"), p("missing.json")}, ExitUsage, ""},
		{[]string{"merge", p("base.argmap.json"), p("ours.argmap.json"), p("theirs.argmap.json")}, ExitOK, "India needs America against China"},
		{[]string{"merge", p("base.argmap.json"), p("ours.argmap.json"), p("clash.argmap.json")}, ExitFail, `"conflict"`},
		{[]string{"compare", p("base.argmap.json"), p("theirs.argmap.json")}, ExitOK, "| theirs | 100.0 | 3/3 |"},
		{[]string{"exercise", "-mode", "blank", p("base.argmap.json")}, ExitOK, compare.Blank},
		{[]string{"exercise", "-mode", "nonsense", p("base.argmap.json")}, ExitUsage, ""},
		{[]string{"merge", "-h"}, ExitOK, ""},
	}
	for _, tc := range tests {
		code, out, errs := runClass(tc.args...)
		if code != tc.code || !strings.Contains(out, tc.out) {
			t.Errorf("argmap %s: exit %d (want %d)\nstdout: %s\nstderr: %s", strings.Join(tc.args, " "), code, tc.code, out, errs)
		}
	}
}

// TestGitMergeDriver runs git with argmap as its merge driver, as the README
// says: independent edits merge clean; a clash leaves a conflicted merge
// whose file holds both sides, marked.
func TestGitMergeDriver(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	t.Setenv("ARGMAP_TEST_CLI", "1")
	git := func(args ...string) (string, error) {
		cmd := exec.Command("git", args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@t", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@t")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(args ...string) {
		t.Helper()
		if out, err := git(args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	file := filepath.Join(dir, "case.argmap.json")
	must("init", "-q", "-b", "main")
	must("config", "merge.argmap.name", "Argmap three-way merge")
	must("config", "merge.argmap.driver", exe+" merge -o %A %O %A %B")
	if err := os.WriteFile(filepath.Join(dir, ".gitattributes"), []byte("*.argmap.json merge=argmap\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	base, cs := classMap(t)
	writeClassMap(t, file, base)
	must("add", ".")
	must("commit", "-qm", "base")
	edit := func(branch string, id argmap.ID, text string) {
		must("checkout", "-q", "-b", branch, "main")
		m := base.Clone()
		_ = argmap.SetText(id, text).Apply(m)
		writeClassMap(t, file, m)
		must("commit", "-qam", branch)
	}
	edit("a", cs[1], "The alliance is aimed at China")
	edit("b", cs[2], "India needs America against China")
	edit("c", cs[1], "The alliance would contain China")
	must("checkout", "-q", "a")
	must("merge", "-q", "--no-edit", "b")
	m, err := native.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if m.Claim(cs[1]).Text != "The alliance is aimed at China" || m.Claim(cs[2]).Text != "India needs America against China" {
		t.Fatalf("clean merge lost an edit: %q / %q", m.Claim(cs[1]).Text, m.Claim(cs[2]).Text)
	}
	if out, err := git("merge", "--no-edit", "c"); err == nil {
		t.Fatalf("a clash should stop the merge:\n%s", out)
	}
	m, err = native.ReadFile(file)
	if err != nil {
		t.Fatalf("the conflicted file must still be a valid map: %v", err)
	}
	if len(compare.Conflicts(m)) != 1 || m.Claim(cs[1]).Text != "The alliance is aimed at China" {
		t.Fatalf("want one marked conflict keeping ours, got %v", compare.Conflicts(m))
	}
}

// Diff of the sample against a copy with one argument's polarity flipped
// exits 1 and names the argument (it said "the maps are the same" before).
func TestDiffFlippedPolarity(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	m, err := native.Decode(assets.SampleMap)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Arguments) == 0 {
		t.Fatal("the sample has no arguments")
	}
	writeClassMap(t, filepath.Join(dir, "a.argmap.json"), m)
	flipped := m.Clone()
	x := flipped.Arguments[len(flipped.Arguments)/2]
	if x.Polarity == argmap.Pro {
		x.Polarity = argmap.Con
	} else {
		x.Polarity = argmap.Pro
	}
	writeClassMap(t, filepath.Join(dir, "b.argmap.json"), flipped)
	code, out, errs := runClass("diff", filepath.Join(dir, "a.argmap.json"), filepath.Join(dir, "b.argmap.json"))
	want := "polarity " + string(m.Arguments[len(m.Arguments)/2].Polarity) + " → " + string(x.Polarity)
	if code != ExitFail || strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, "~ argument ") || !strings.Contains(out, want) {
		t.Fatalf("exit %d, want 1 and one line naming the argument with %q:\n%s%s", code, want, out, errs)
	}
}

// The merged file always passes check, or the merge exits 1 with the
// conflict; an empty base (git's add/add) is no common ancestor.
func TestMergeOutputPassesCheck(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	base, cs := classMap(t)
	writeClassMap(t, p("base.argmap.json"), base)
	if err := os.WriteFile(p("empty"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	clash := argmap.NewID()
	ours := base.Clone()
	ours.Claims = append(ours.Claims, &argmap.Claim{ID: clash, Text: "ours' new claim"})
	ours.Reindex()
	writeClassMap(t, p("ours.argmap.json"), ours)
	theirs := base.Clone()
	theirs.Arguments = append(theirs.Arguments, &argmap.Argument{ID: clash, Premises: []argmap.ID{cs[2]}, Target: cs[1], Polarity: argmap.Con})
	theirs.Reindex()
	writeClassMap(t, p("theirs.argmap.json"), theirs)
	other := base.Clone()
	_ = argmap.SetText(cs[0], "India is the key").Apply(other)
	writeClassMap(t, p("other.argmap.json"), other)
	tests := []struct {
		name    string
		args    []string
		code    int
		stderr  string
		claims  int
		argsOut int
	}{
		{"duplicate ID", []string{"base.argmap.json", "ours.argmap.json", "theirs.argmap.json"}, ExitFail, "given a new ID", 4, 3},
		{"empty base, same map", []string{"empty", "base.argmap.json", "base.argmap.json"}, ExitOK, "", 3, 2},
		{"empty base, one text differs", []string{"empty", "base.argmap.json", "other.argmap.json"}, ExitFail, "text changed both ways", 3, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out := p("out.argmap.json")
			args := []string{"merge", "-o", out}
			for _, a := range tc.args {
				args = append(args, p(a))
			}
			code, _, errs := runClass(args...)
			if code != tc.code || !strings.Contains(errs, tc.stderr) {
				t.Fatalf("exit %d (want %d), stderr:\n%s", code, tc.code, errs)
			}
			if code, stdout, errs := runClass("check", out); code != ExitOK {
				t.Fatalf("the merged file fails check:\n%s%s", stdout, errs)
			}
			m, err := native.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Claims) != tc.claims || len(m.Arguments) != tc.argsOut {
				t.Errorf("%d claims, %d arguments; want %d, %d", len(m.Claims), len(m.Arguments), tc.claims, tc.argsOut)
			}
		})
	}
}

// `argmap compare MODEL DIR/` grades every map of a folder into one report:
// a row per student, then what most of the class missed. A file that cannot
// be read is named and the others are still graded.
func TestCompareClassFolder(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	class := filepath.Join(dir, "class")
	if err := os.Mkdir(class, 0o755); err != nil {
		t.Fatal(err)
	}
	model, cs := classMap(t)
	writeClassMap(t, filepath.Join(dir, "model.argmap.json"), model)
	full := model.Clone()
	writeClassMap(t, filepath.Join(class, "ana.argmap.json"), full)
	part := model.Clone()
	_ = argmap.Remove(cs[2]).Apply(part)
	writeClassMap(t, filepath.Join(class, "ben.argmap.json"), part)
	writeClassMap(t, filepath.Join(class, "cleo.argmap.json"), part)
	writeClassMap(t, filepath.Join(class, ".hidden.argmap.json"), part)
	if err := os.WriteFile(filepath.Join(class, "ben.argmap.json~"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runClass("compare", filepath.Join(dir, "model.argmap.json"), class)
	if code != ExitOK {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	for _, want := range []string{"| ana | 100.0 |", "| ben |", "| cleo |", "## What the class missed", "| India needs the US | 2 | 0 |"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "hidden") {
		t.Error("a hidden file was graded")
	}
	if err := os.WriteFile(filepath.Join(class, "dan.argmap.json"), []byte("{broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = runClass("compare", filepath.Join(dir, "model.argmap.json"), class)
	if code != ExitFail || !strings.Contains(errs, "dan.argmap.json") || !strings.Contains(out, "| cleo |") {
		t.Fatalf("a broken file: exit %d, stderr %s\n%s", code, errs, out)
	}
}

// A broken ours (a native file may load with problems, for the user to fix)
// is not merged into a file Argmap would refuse: nothing is written, exit 1.
func TestMergeBrokenOursWritesNothing(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	p := func(n string) string { return filepath.Join(dir, n) }
	base, _ := classMap(t)
	writeClassMap(t, p("base.argmap.json"), base)
	ours := base.Clone()
	ours.Arguments = append(ours.Arguments, &argmap.Argument{ID: argmap.NewID(), Premises: []argmap.ID{ours.Claims[1].ID}, Target: ours.Claims[1].ID, Polarity: argmap.Pro})
	ours.Reindex()
	writeClassMap(t, p("ours.argmap.json"), ours)
	// Should the native reader come to refuse such a file itself, the merge
	// fails on reading it: exit 2, and still nothing written.
	want, say := ExitFail, "nothing written"
	if _, err := native.ReadFile(p("ours.argmap.json")); err != nil {
		want, say = ExitUsage, "ours.argmap.json"
	}
	out := p("out.argmap.json")
	code, _, errs := runClass("merge", "-o", out, p("base.argmap.json"), p("ours.argmap.json"), p("base.argmap.json"))
	if code != want || !strings.Contains(errs, say) {
		t.Fatalf("exit %d (want %d), stderr %s", code, want, errs)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatalf("a file was written: %v", err)
	}
}
