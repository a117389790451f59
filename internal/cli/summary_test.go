package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/argmap/argmap/assets"
)

// TestSummaryAndSampleRound: sample -round writes the embedded round;
// summary prints its decision as Markdown, or writes it as Markdown or PDF
// by the name of -o; a map without a round is refused with a message.
func TestSummaryAndSampleRound(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	round := filepath.Join(dir, "round.argmap.json")
	if err := os.WriteFile(round, assets.SampleRound, 0o644); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(dir, "plain.argmap.json")
	if err := os.WriteFile(plain, assets.SampleMap, 0o644); err != nil {
		t.Fatal(err)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	const decisive = "People with disabilities and frail elderly people"
	for _, tc := range []struct {
		name   string
		args   []string
		code   int
		stdout string // a prefix (with "=": the whole output)
		file   string // the file it must write, and what it starts with
		starts string
		stderr string
	}{
		{name: "sample round", args: []string{"sample", "-round"}, stdout: "=" + string(assets.SampleRound)},
		{name: "summary", args: []string{"summary", round}, stdout: "# Decision: This house would ban private cars"},
		{name: "summary md", args: []string{"summary", "-o", p("d.md"), round}, file: p("d.md"), starts: "# Decision"},
		{name: "summary pdf", args: []string{"summary", "-o", p("d.PDF"), round}, file: p("d.PDF"), starts: "%PDF-"},
		{name: "no round", args: []string{"summary", plain}, code: ExitFail, stderr: "the map has no debate round"},
		{name: "no file", args: []string{"summary"}, code: ExitUsage, stderr: "expected one map, got 0"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := testProgram().Run(tc.args, strings.NewReader(""), &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit %d, want %d; stderr %s", code, tc.code, stderr.String())
			}
			if want, whole := strings.CutPrefix(tc.stdout, "="); whole && stdout.String() != want ||
				!whole && !strings.HasPrefix(stdout.String(), tc.stdout) {
				t.Errorf("stdout %.200q, want %.200q", stdout.String(), tc.stdout)
			}
			if !strings.Contains(stderr.String(), tc.stderr) {
				t.Errorf("stderr %q, want %q", stderr.String(), tc.stderr)
			}
			if tc.name == "summary" && !strings.Contains(stdout.String(), "1. “"+decisive) {
				t.Errorf("the summary does not put the dropped access argument first among what the decision turns on:\n%s", stdout.String())
			}
			if tc.file != "" {
				data, err := os.ReadFile(tc.file)
				if err != nil || !bytes.HasPrefix(data, []byte(tc.starts)) {
					t.Errorf("%s: %.20q (err %v), want it to start %q", tc.file, data, err, tc.starts)
				}
			}
		})
	}
}
