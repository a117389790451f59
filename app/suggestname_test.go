package app

import (
	"testing"

	"github.com/argmap/argmap/argmap"
)

// TestSuggestedNameFromTitle: an unsaved map's title becomes the file name
// offered by Save As, Export and Save as Exercise, with the characters a
// file name cannot hold replaced, and a title's colon read as a dash
// ("card: NATO" was offered as "card- NATO").
func TestSuggestedNameFromTitle(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"India, Russia's trump card: NATO in the Asia-Pacific", "India, Russia's trump card - NATO in the Asia-Pacific.argmap.json"},
		{"Cars/bikes", "Cars-bikes.argmap.json"},
		{"A:B", "A-B.argmap.json"},
		{"Plain", "Plain.argmap.json"},
	} {
		t.Run(tc.title, func(t *testing.T) {
			e := newTestEditor(t)
			e.SetMap(argmap.New(tc.title), "", nil)
			if got := e.suggestedName(nativeExt); got != tc.want {
				t.Errorf("suggested %q, want %q", got, tc.want)
			}
		})
	}
}
