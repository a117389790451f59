package argmap_test

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestPlaceString: the two ways of writing a place (the limits' and the
// native decoder's, now one type) give the paths the errors name.
func TestPlaceString(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		p    argmap.Place
		want string
	}{
		{argmap.PathPlace("map.meta.title"), "map.meta.title"},
		{argmap.PathPlace("map.round").At(".speeches"), "map.round.speeches"},
		{argmap.EntryPlace("map.claims", 2), "map.claims[2]"},
		{argmap.EntryPlace("map.claims", 12).At(".text"), "map.claims[12].text"},
		{argmap.EntryPlace("map.claims", 0).At(".anchor").At(".quote"), "map.claims[0].anchor.quote"},
		{argmap.EntryPlace("map.arguments", 3).Item(".premises", 1), "map.arguments[3].premises[1]"},
		{argmap.EntryPlace("map.dialogue.nodeIDs", 4).Item("", 7), "map.dialogue.nodeIDs[4][7]"},
		{argmap.EntryPlace(argmap.EntryPlace("map.claims", 1).At(".comments").String(), 5).At(".text"), "map.claims[1].comments[5].text"},
	} {
		if got := tc.p.String(); got != tc.want {
			t.Errorf("%s, want %s", got, tc.want)
		}
	}
}
