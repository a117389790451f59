package argmaptest

import "testing"

func TestDiff(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, want, got, diff string }{
		{"one line changed in the middle",
			"a\nb\nc\nd\ne\nf\ng\nh\n", "a\nb\nc\nd\nE\nf\ng\nh\n",
			"@@ line 2 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"},
		{"a line added at the end",
			"a\nb\n", "a\nb\nc\n",
			"@@ line 1 @@\n a\n b\n+c\n"},
		{"no newline at the end",
			"a\nb\n", "a\nb",
			"@@ line 1 @@\n a\n-b\n+b (no newline at end)\n"},
	} {
		if d := Diff([]byte(tc.want), []byte(tc.got)); d != tc.diff {
			t.Errorf("%s: diff\n%s\nwant\n%s", tc.name, d, tc.diff)
		}
	}
}
