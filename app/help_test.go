package app

import (
	"strings"
	"testing"
)

// TestQuickStartExplainsOutlineAndChallenges: Quick Start says what the
// outline's "&" rows are and how to challenge (Object, critical questions,
// Open Challenges with their keys); it named neither, so a student met the
// "&" rows and the Challenge menu unexplained. How to begin comes first,
// above the fold.
func TestQuickStartExplainsOutlineAndChallenges(t *testing.T) {
	if !strings.HasPrefix(quickStart, "## Start") {
		t.Errorf("Quick Start begins %q, want how to start first", quickStart[:min(40, len(quickStart))])
	}
	// The numbers on rows past the deepest indent were unexplained too.
	for _, want := range []string{"**&** is a co-premise", "its level as a small number", "Object (Ctrl+J)", "Ask Critical Question", "Open Challenges (Ctrl+K)"} {
		if !strings.Contains(quickStart, want) {
			t.Errorf("Quick Start lacks %q", want)
		}
	}
}
