package lazyregexp

import (
	"reflect"
	"regexp"
	"sync"
	"testing"
)

// TestSameAsRegexp checks that each method answers as regexp's does.
func TestSameAsRegexp(t *testing.T) {
	t.Parallel()
	const expr, s = `(a+)(b?)`, "xaab ab a"
	lazy, re := New(expr), regexp.MustCompile(expr)
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"Match", lazy.Match([]byte(s)), re.Match([]byte(s))},
		{"MatchString", lazy.MatchString(s), re.MatchString(s)},
		{"FindString", lazy.FindString(s), re.FindString(s)},
		{"FindStringSubmatch", lazy.FindStringSubmatch(s), re.FindStringSubmatch(s)},
		{"FindAllStringIndex", lazy.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
		{"FindAllStringSubmatch", lazy.FindAllStringSubmatch(s, 2), re.FindAllStringSubmatch(s, 2)},
		{"Regexp", lazy.Regexp().String(), expr},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

// TestBadExpressionPanicsOnUse checks that a bad expression costs nothing
// until used, and then panics as regexp.MustCompile does.
func TestBadExpressionPanicsOnUse(t *testing.T) {
	t.Parallel()
	r := New(`(`)
	for use := 1; use <= 2; use++ { // the second use panics too
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("use %d: a bad expression did not panic", use)
				}
			}()
			r.MatchString("x")
		}()
	}
}

// TestFirstUseFromManyGoroutines: the expression is compiled once however
// many goroutines use it first at the same time (go test -race).
func TestFirstUseFromManyGoroutines(t *testing.T) {
	t.Parallel()
	r := New(`^a+b$`)
	var wg sync.WaitGroup
	got := make([]*regexp.Regexp, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !r.MatchString("aab") {
				t.Error("no match")
			}
			got[i] = r.Regexp()
		}()
	}
	wg.Wait()
	for _, re := range got[1:] {
		if re != got[0] {
			t.Fatal("compiled more than once")
		}
	}
}
