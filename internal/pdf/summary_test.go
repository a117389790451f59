package pdf

import (
	"bytes"
	"strings"
	"testing"

	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/assets"
)

// TestSummaryPDF: the decision summary of the sample round prints with its
// title, verdict and deciding dropped argument, to the same bytes twice.
func TestSummaryPDF(t *testing.T) {
	t.Parallel()
	m, err := native.Decode(assets.SampleRound)
	if err != nil {
		t.Fatal(err)
	}
	data, err := Summary(m, Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := parse(t, data)
	for _, s := range []string{"Decision: This house would ban private cars", "Government loses the round", "People with disabilities", "dropped"} {
		if !strings.Contains(p.text, s) {
			t.Errorf("no %q in\n%s", s, p.text)
		}
	}
	again, err := Summary(m, Options{})
	if err != nil || !bytes.Equal(again, data) {
		t.Errorf("a second print differs (err %v)", err)
	}
}
