// Package lazyregexp is a regular expression compiled on first use. A
// package variable set with regexp.MustCompile is compiled by the
// package's initialiser, at every start of every program that links the
// package, whether or not it reads that format: tens of microseconds
// each, which the command line's start budget (a few milliseconds) feels.
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a regular expression compiled the first time it is used.
// Its fields are all static (no closure, as sync.OnceValue would make),
// so that `var x = New(expr)` costs the package's initialiser nothing:
// the compiler lays it out in the binary's data.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// New returns expr, to be compiled on first use; like regexp.MustCompile,
// it panics then if expr does not compile (a test that uses it finds out).
func New(expr string) *Regexp { return &Regexp{expr: expr} }

// Regexp returns the compiled expression.
func (r *Regexp) Regexp() *regexp.Regexp { return r.get() }

// get compiles the expression once; after a panic (a bad expression)
// every later use panics too, as sync.OnceValue would.
func (r *Regexp) get() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.expr) })
	if r.re == nil {
		panic("lazyregexp: " + r.expr + " did not compile")
	}
	return r.re
}

// Match is regexp.Regexp.Match.
func (r *Regexp) Match(b []byte) bool { return r.get().Match(b) }

// MatchString is regexp.Regexp.MatchString.
func (r *Regexp) MatchString(s string) bool { return r.get().MatchString(s) }

// FindString is regexp.Regexp.FindString.
func (r *Regexp) FindString(s string) string { return r.get().FindString(s) }

// FindStringSubmatch is regexp.Regexp.FindStringSubmatch.
func (r *Regexp) FindStringSubmatch(s string) []string { return r.get().FindStringSubmatch(s) }

// FindAllStringIndex is regexp.Regexp.FindAllStringIndex.
func (r *Regexp) FindAllStringIndex(s string, n int) [][]int { return r.get().FindAllStringIndex(s, n) }

// FindAllStringSubmatch is regexp.Regexp.FindAllStringSubmatch.
func (r *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	return r.get().FindAllStringSubmatch(s, n)
}
