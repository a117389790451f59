package main

import "testing"

func TestParseInit(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		line string
		want initCost
		ok   bool
	}{
		{"init regexp @2.5 ms, 0.012 ms clock, 2344 bytes, 6 allocs", initCost{"regexp", 0.012, 2344, 6}, true},
		{"init gopkg.in/yaml%2ev3 @3.1 ms, 0.67 ms clock, 25736 bytes, 276 allocs", initCost{"gopkg.in/yaml%2ev3", 0.67, 25736, 276}, true},
		{"argmap 0.1.0", initCost{}, false},
		{"init regexp @2.5 ms, x ms clock, 2344 bytes, 6 allocs", initCost{}, false},
		{"", initCost{}, false},
	} {
		got, ok := parseInit(tc.line)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseInit(%q) = %+v, %v; want %+v, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
}
