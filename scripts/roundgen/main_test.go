package main

import (
	"bytes"
	"os"
	"testing"
)

// TestRegenerate: the generator reproduces the committed sample round
// byte for byte (run `go run ./scripts/roundgen` after changing content).
func TestRegenerate(t *testing.T) {
	want, err := os.ReadFile("../../assets/sample-round.argmap.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := generate()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("the generator's output differs from assets/sample-round.argmap.json: run `go run ./scripts/roundgen` from the repository root")
	}
}

// TestRun: -o - writes the round to standard output; arguments are refused.
func TestRun(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"-o", "-"}, &out, &errb); code != 0 || !bytes.Contains(out.Bytes(), []byte(`"round": {`)) {
		t.Errorf("run -o -: exit %d, stderr %s", code, errb.String())
	}
	if code := run([]string{"x"}, &out, &errb); code != 2 {
		t.Errorf("run x: exit %d, want 2", code)
	}
}
