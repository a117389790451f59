package main

import (
	"bytes"
	"os"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// committed is the sample map as the repository embeds it.
const committed = "../../assets/sample.argmap.json"

// TestCommittedSample checks the committed sample map: it decodes,
// validates, and keeps every promise of the sample (see checkSample).
func TestCommittedSample(t *testing.T) {
	data, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	m, err := argmap.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	checkSample(t, m)
}

// TestRegenerate re-runs the generator on the article and compares its
// output with the committed bytes: the sample must be reproducible, and
// must be regenerated (go run ./scripts/samplegen) when content.go changes.
func TestRegenerate(t *testing.T) {
	readArticle(t)
	want, err := os.ReadFile(committed)
	if err != nil {
		t.Fatal(err)
	}
	got, err := generate(articlePath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("the generator's output differs from %s: run `go run ./scripts/samplegen` from the repository root", committed)
	}
}

func TestRun(t *testing.T) {
	readArticle(t)
	var out, errb bytes.Buffer
	if code := run([]string{"-article", articlePath, "-o", "-"}, &out, &errb); code != 0 {
		t.Fatalf("run = %d: %s", code, errb.String())
	}
	want, _ := os.ReadFile(committed)
	if !bytes.Equal(out.Bytes(), want) {
		t.Error("run -o - wrote something other than the committed sample")
	}
	for _, args := range [][]string{{"extra"}, {"-nosuchflag"}} {
		if code := run(args, &out, &errb); code != 2 {
			t.Errorf("run %q = %d, want 2", args, code)
		}
	}
	if code := run([]string{"-article", "no/such/file", "-o", "-"}, &out, &errb); code != 1 {
		t.Errorf("a missing article gave %d, want 1", code)
	}
}
