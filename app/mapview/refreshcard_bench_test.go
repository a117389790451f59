package mapview

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkRefreshCard is the canvas's refresh of one card after an edit
// of its text, on maps of 1,000, 5,000 and 20,000 claims viewed at zoom 1
// about the root ("near") and whole ("fit"): RefreshCard ("card"), and the
// way it went before ("all": the scene's UpdateCard, then every visible
// object placed again), in one run. The card's should cost about the same
// on each map.
func BenchmarkRefreshCard(b *testing.B) {
	for _, way := range []string{"card", "all"} {
		for _, view := range []string{"near", "fit"} {
			for _, n := range []int{1000, 5000, 20000} {
				b.Run(fmt.Sprintf("%s/%s/%d", way, view, n), func(b *testing.B) {
					v, m := benchView(b, n)
					if view == "fit" {
						v.ZoomFit()
					}
					c := m.Claims[0]
					base, i := c.Text, 0
					u := v.r.updates
					for b.Loop() {
						i++
						c.Text = base + " " + strings.Repeat("x", i%50)
						if way == "card" {
							v.RefreshCard(c.ID)
						} else {
							v.scene.UpdateCard(v.m, c.ID)
							v.BaseWidget.Refresh()
						}
					}
					b.ReportMetric(float64(len(v.r.Objects())), "objects")
					b.ReportMetric(float64(v.r.updates-u)/float64(b.N), "placings/op")
				})
			}
		}
	}
}
