package argdown

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestDecode checks the mapping of small Argdown snippets onto maps, by
// the shape of the result (claims, then sorted inferences).
func TestDecode(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{"equivalence by title", "[A]: a text\n\n[A]\n  + [B]: b\n\n[A]: other text",
			[]string{`c0 "a text" []`, `c1 "b" []`, `pro(c1)->c0`}},
		{"reference only takes the title", "[A]\n  - b",
			[]string{`c0 "A" []`, `c1 "b" []`, `con(c1)->c0`}},
		{"arrow forms", "[A]: a\n  <+ b\n  <- c\n  +> d\n  -> e",
			[]string{`c0 "a" []`, `c1 "b" []`, `c2 "c" []`, `c3 "d" []`, `c4 "e" []`,
				`con(c0)->c4`, `con(c2)->c0`, `pro(c0)->c3`, `pro(c1)->c0`}},
		{"nesting by indentation", "a\n  + b\n    - c\n  - d",
			[]string{`c0 "a" []`, `c1 "b" []`, `c2 "c" []`, `c3 "d" []`, `con(c2)->c1`, `con(c3)->c0`, `pro(c1)->c0`}},
		{"contradiction is two con arguments", "[A]: a\n  >< [B]: b",
			[]string{`c0 "a" []`, `c1 "b" []`, `con(c0)->c1`, `con(c1)->c0`}},
		{"PCS with linked premises", "<Arg>: desc\n\n(1) p\n(2) q\n----\n(3) c",
			[]string{`c0 "p" []`, `c1 "q" []`, `c2 "c" []`, `pro(c0,c1)->c2`}},
		{"intermediate conclusions chain", "<Arg>\n\n(1) p\n(2) q\n-- Rule --\n(3) i\n(4) r\n--\nOther rule\n--\n(5) c",
			[]string{`c0 "p" []`, `c1 "q" []`, `c2 "i" []`, `c3 "r" []`, `c4 "c" []`, `pro(c0,c1)->c2`, `pro(c2,c3)->c4`}},
		{"uses picks premises", "<Arg>\n\n(1) p\n(2) q\n(3) r\n--\n{uses: [1,3]}\n--\n(4) c",
			[]string{`c0 "p" []`, `c1 "q" []`, `c2 "r" []`, `c3 "c" []`, `pro(c0,c2)->c3`}},
		{"argument without PCS is a claim", "[S]: s\n  - <A>: the objection #con",
			[]string{`c0 "s" []`, `c1 "the objection" ["con"]`, `con(c1)->c0`}},
		{"argument attacking a statement speaks by its conclusion", "<A>\n\n(1) p\n----\n(2) c\n  -> [S]: s",
			[]string{`c0 "p" []`, `c1 "c" []`, `c2 "s" []`, `con(c1)->c2`, `pro(c0)->c1`}},
		{"attack on a reconstructed argument aims at its inference", "<A>\n\n(1) p\n----\n(2) c\n\n<A>\n  - x",
			[]string{`c0 "p" []`, `c1 "c" []`, `c2 "x" []`, `con(c2)->[pro(c0)->c1]`, `pro(c0)->c1`}},
		{"undercut of an unreconstructed argument aims at its inference", "[S]: s\n  + <A>: a\n    _ u",
			[]string{`c0 "s" []`, `c1 "a" []`, `c2 "u" []`, `con(c2)->[pro(c1)->c0]`, `pro(c1)->c0`}},
		{"tags, groups and comments", "# Group One\n\nText #inline here #end #(two words) // comment\n\n## Not a group {isGroup: false}\n\n[T]: t /* c */",
			[]string{`c0 "Text #inline here" ["inline" "end" "two words" "Group One"]`, `c1 "t" ["Group One"]`}},
		{"escapes and markup stay text", `1 \< 3 \> 2 **bold** _it_ \#no`,
			[]string{`c0 "1 < 3 > 2 **bold** _it_ #no" []`}},
		{"CRLF line endings", "[A]: a\r\n  + b\r\n\r\n(1) p\r\n----\r\n(2) q\r\n",
			[]string{`c0 "a" []`, `c1 "b" []`, `c2 "p" []`, `c3 "q" []`, `pro(c1)->c0`, `pro(c2)->c3`}},
		{"hard-wrapped text joins with spaces", "[A]: one\ntwo\n   three\n  + <B>: four\n  five",
			[]string{`c0 "one two three" []`, `c1 "four five" []`, `pro(c1)->c0`}},
		// Issue 14 item 1: Argdown drops a relation from an argument to its
		// own conclusion; it used to refuse the file.
		{"argument under its own conclusion", "[P]: p\n  <+ <A>: a\n  <- <B>: b\n\n<A>\n\n(1) q\n----\n(2) [P]\n\n<B>\n\n(1) r\n----\n(2) [P]",
			[]string{`c0 "p" []`, `c1 "q" []`, `c2 "r" []`, `pro(c1)->c0`, `pro(c2)->c0`}},
		// Item 2: each list item is a statement.
		{"list items are statements", "* one\n* two\n  + support\n\n1. three\n2. four\n   more",
			[]string{`c0 "one" []`, `c1 "two" []`, `c2 "support" []`, `c3 "three" []`, `c4 "four more" []`, `pro(c2)->c1`}},
		// Item 3: after indents 2 and 6, a line at 4 is a sibling of the line at 2.
		{"irregular dedent", "a\n  + b\n  - c\n      <+ d\n    -> g",
			[]string{`c0 "a" []`, `c1 "b" []`, `c2 "c" []`, `c3 "d" []`, `c4 "g" []`, `con(c0)->c4`, `con(c2)->c0`, `pro(c1)->c0`, `pro(c3)->c2`}},
		// Item 4: a PCS after a block whose root is not an argument is anonymous.
		{"PCS under a reference is anonymous", "[S]: s\n  + <A3>: ref\n\n(1) p\n----\n(2) c",
			[]string{`c0 "s" []`, `c1 "ref" []`, `c2 "p" []`, `c3 "c" []`, `pro(c1)->c0`, `pro(c2)->c3`}},
		{"PCS after an argument with relations is its own", "<A>: desc\n  + [S]: s\n\n(1) p\n----\n(2) c",
			[]string{`c0 "s" []`, `c1 "p" []`, `c2 "c" []`, `pro(c0)->[pro(c1)->c2]`, `pro(c1)->c2`}},
		// Item 5: in strict mode an attack between statements is a contrary,
		// symmetric like a contradiction.
		{"strict contrary is mutual", "===\nmodel:\n    mode: strict\n===\n\n[A]: a\n  - [B]: b",
			[]string{`c0 "a" []`, `c1 "b" []`, `con(c0)->c1`, `con(c1)->c0`}},
		{"loose attack is one way", "[A]: a\n  - [B]: b",
			[]string{`c0 "a" []`, `c1 "b" []`, `con(c1)->c0`}},
		{"front matter and include", "===\ntitle: T\nauthor:\n  - X\n===\n\n@include(other.argdown)\n\na",
			[]string{`c0 "a" []`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Decode([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if err := argmap.Validate(m).Err(); err != nil {
				t.Fatalf("validate: %v", err)
			}
			if got := shape(m); !slices.Equal(got, tt.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}

func TestFrontMatter(t *testing.T) {
	t.Parallel()
	d, err := Parse([]byte("===\ntitle: A long\n    title\nsubTitle: x\nauthor: \"Jo\"\ncolor:\n    tagColors:\n        pro: 0\n===\n\nx"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "A long title" || !slices.Equal(d.Authors, []string{"Jo"}) {
		t.Errorf("title %q authors %q", d.Title, d.Authors)
	}
}

// TestErrors: faults are *Error values at the right line and column.
func TestErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		src, want string
	}{
		{"a\n\n[Title: text", "line 3, column 1: unclosed ["},
		{"[A]\n    + <B: text", "line 2, column 7: unclosed <"},
		{"x /* never closed", "line 1, column 3: unclosed comment /*"},
		{"<!-- open", "line 1, column 1: unclosed comment <!--"},
		{"===\ntitle: x\n", "line 1, column 1: front matter opened with === is not closed with ==="},
		{"+ orphan", "line 1, column 1: a relation needs a statement or an argument above it, less indented"},
		{"[A]\n  +", "line 2, column 3: a relation needs a statement or an argument after its sign"},
		{"(1) p\n(2) q", "line 1, column 1: the premise-conclusion structure must end with an inference bar (----) and a numbered conclusion"},
		{"(1) p\n----\nnot numbered", "line 2, column 1: an inference bar must be followed by a numbered conclusion such as (3)"},
		{"(1) p\n--\nrule", "line 2, column 1: an inference bar must be followed by a numbered conclusion such as (3)"},
		{"(1) p\n--\n{uses: [7]}\n--\n(2) c", "line 2, column 1: the inference uses (7), which is not above it"},
		{"(1) [A]\n----\n(2) [A]", "line 3, column 1: the conclusion is also a premise of its own inference"},
		{"<A>\n\n(1) p\n----\n(2) c\n\n<A>\n\n(1) q\n----\n(2) d", "line 9, column 1: argument <A> already has a premise-conclusion structure"},
		{"[A]: a\n  + [A]", "line 2, column 3: a statement cannot be related to itself"},
	}
	for _, tt := range tests {
		_, err := Decode([]byte(tt.src))
		var e *Error
		if !errors.As(err, &e) || err.Error() != tt.want {
			t.Errorf("Decode(%q) = %v, want %s", tt.src, err, tt.want)
		}
	}
}

// TestIncludeNotFollowed: @include lines are skipped; what is around them
// loads (the partial files include each other in a cycle).
func TestIncludeNotFollowed(t *testing.T) {
	t.Parallel()
	m, err := Decode([]byte("First\n\n@include(_partial1.argdown)\n\nSecond"))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Claims) != 2 {
		t.Errorf("claims: %d, want 2", len(m.Claims))
	}
}
