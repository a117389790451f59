// Package argmaptest is what the repository's tests share: a builder that
// writes a map in a few readable lines, deterministic ID sources and a
// fixed clock to pass where code mints IDs and stamps times (argmap.Mint,
// argmap.IDSource), and the golden-file check with the one -update flag.
//
// Nothing here is global state a test swaps: each test makes its own
// source, so tests that use them run in parallel. Only tests import this
// package (a dependency rule in argmap/deps_test.go says so).
package argmaptest
