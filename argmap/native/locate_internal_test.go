package native

import "testing"

// TestWalkerSkip: skip moves past exactly one value, and stops before the
// comma, colon, space or closing bracket after it. After a bare literal
// at the end of an object or array it once went on past the } or ], so
// the walker lost its place (see TestDecodeErrorsAfterBareLiterals).
func TestWalkerSkip(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		in   string
		rest string // what follows the value
	}{
		{`true}`, `}`},
		{`false]`, `]`},
		{`null}]}`, `}]}`},
		{`12.5e3]`, `]`},
		{`true , 1`, ` , 1`},
		{`  null,`, `,`},
		{`"a\"}"}`, `}`},
		{`"k":`, `:`},
		{`{"a": [1, {"b": true}], "c": null}]`, `]`},
		{`[null, [true], {"x": false}]}`, `}`},
		{`true`, ``},
	} {
		w := &walker{data: []byte(tc.in)}
		w.skip()
		if got := tc.in[w.i:]; got != tc.rest {
			t.Errorf("skip(%q) left %q, want %q", tc.in, got, tc.rest)
		}
	}
}
