package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	json "github.com/goccy/go-json"
)

// evalRun runs `argmap eval ARGS` and returns its exit code and output.
func evalRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := testProgram().Run(append([]string{"eval"}, args...), nil, &out, &errb)
	return code, out.String(), errb.String()
}

func TestEval(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	// a attacks b, b attacks c (reinstatement); d and e attack each other.
	apx := "arg(a).\narg(b).\narg(c).\narg(d).\narg(e).\natt(a,b).\natt(b,c).\natt(d,e).\natt(e,d).\n"
	path := filepath.Join(dir, "x.apx")
	if err := os.WriteFile(path, []byte(apx), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args []string
		want string
	}{
		{[]string{path}, "IN\ta\nOUT\tb\nIN\tc\nUNDEC\td\nUNDEC\te\n"},
		{[]string{"-semantics", "grounded", path}, "IN\ta\nOUT\tb\nIN\tc\nUNDEC\td\nUNDEC\te\n"},
		// Preferred: d and e are each in one of the two preferred
		// extensions (credulous only), a and c in both.
		{[]string{"-semantics", "preferred", path}, "IN\ta\nOUT\tb\nIN\tc\nUNDEC\td\nUNDEC\te\n"},
	}
	for _, tt := range tests {
		code, out, errs := evalRun(t, tt.args...)
		if code != ExitOK || out != tt.want {
			t.Errorf("eval %q = %d %q (stderr %q), want %q", tt.args, code, out, errs, tt.want)
		}
	}
	code, out, _ := evalRun(t, "-json", path)
	var got evalOutput
	if code != ExitOK {
		t.Fatalf("eval -json exit %d", code)
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	if got.Counts != (evalCounts{In: 2, Out: 1, Undec: 2}) || len(got.Claims) != 5 {
		t.Fatalf("eval -json = %+v", got)
	}
	if r := got.Claims[1].Reason; r != "OUT: the objection 'a' stands and nothing defeats it" {
		t.Errorf("reason of b = %q", r)
	}
	if b := got.Claims[1].Because; len(b) != 1 || b[0] != got.Claims[0].ID {
		t.Errorf("because of b = %v, want [%s]", b, got.Claims[0].ID)
	}
	if r := got.Claims[3].Reason; r != "UNDEC: in a cycle of attacks with 'e'" {
		t.Errorf("reason of d = %q", r)
	}
}

func TestEvalErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.apx")
	if err := os.WriteFile(bad, []byte("arg(a).\natt(a,b).\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := evalRun(t, bad); code != ExitFail || !strings.Contains(errs, "line 2") {
		t.Errorf("bad file: exit %d, stderr %q", code, errs)
	}
	for _, args := range [][]string{{}, {"-semantics", "stable", bad}, {"a", "b"}, {"-nope"}} {
		if code, _, _ := evalRun(t, args...); code != ExitUsage {
			t.Errorf("eval %q: exit %d, want %d", args, code, ExitUsage)
		}
	}
}
