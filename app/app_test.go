package app

import (
	"testing"

	"fyne.io/fyne/v2/test"
)

func TestAppStarts(t *testing.T) {
	a := test.NewTempApp(t)
	if a == nil {
		t.Fatal("no app")
	}
}
