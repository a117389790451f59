package compare

import (
	"fmt"
	"io"
	"testing"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/gen"
)

// variant is a student's map built apart from the model: new IDs, every
// tenth claim reworded, every seventh argument flipped.
func variant(m *argmap.Map, k int) *argmap.Map {
	v := m.Clone()
	v.Meta.Title = fmt.Sprintf("variant %d", k)
	v = reID(v)
	for i, c := range v.Claims {
		if i%10 == k%10 {
			c.Text = "In other words, " + c.Text + " as I read it"
		}
	}
	for i, a := range v.Arguments {
		if i%7 == k%7 {
			if a.Polarity == argmap.Pro {
				a.Polarity = argmap.Con
			} else {
				a.Polarity = argmap.Pro
			}
		}
	}
	return v
}

// BenchmarkCompare runs what `argmap compare` and `argmap diff` do on two
// maps built apart, at growing sizes: the time per claim stays about flat
// (it grew with the square before: 2,000 against 2,000 took 10–16 s).
func BenchmarkCompare(b *testing.B) {
	for _, n := range []int{500, 2000, 8000} {
		model := gen.Tree(n, 1)
		student := variant(model, 3)
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			start := cpuTime()
			for b.Loop() {
				g := Assess(model, student, "s")
				d := Diff(model, student)
				if len(g.Found) < n/2 || len(d) == 0 {
					b.Fatalf("found %d, %d changes", len(g.Found), len(d))
				}
			}
			reportCPU(b, start)
		})
	}
}

// BenchmarkClass grades a class of 30 variants of a 200-claim model into
// one report, as `argmap compare MODEL DIR/` does.
func BenchmarkClass(b *testing.B) {
	model := gen.Tree(200, 2)
	var class []*argmap.Map
	for k := range 30 {
		class = append(class, variant(model, k))
	}
	start := cpuTime()
	defer reportCPU(b, start)
	for b.Loop() {
		var gs []Grade
		for k, s := range class {
			gs = append(gs, Assess(model, s, fmt.Sprint(k)))
		}
		if err := WriteReport(io.Discard, model, gs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMerge merges two edits of a 2,000-claim map, one claim of which
// carries 60,000 tags (25 s before set merges were linear).
func BenchmarkMerge(b *testing.B) {
	base := gen.Tree(2000, 3)
	tags := make([]string, 60000)
	for i := range tags {
		tags[i] = fmt.Sprintf("tag%d", i)
	}
	base.Claims[0].Tags = tags
	ours, theirs := base.Clone(), base.Clone()
	ours.Claims[0].Tags = append(ours.Claims[0].Tags, "ours")
	theirs.Claims[0].Tags = theirs.Claims[0].Tags[1:]
	for i, c := range theirs.Claims {
		if i%10 == 0 {
			c.Text += " (edited)"
		}
	}
	start := cpuTime()
	defer reportCPU(b, start)
	for b.Loop() {
		if _, cs := Merge(base, ours, theirs); len(cs) != 0 {
			b.Fatal(cs)
		}
	}
}

// reportCPU adds the CPU seconds per operation (all threads, the garbage
// collector's included) to a benchmark's result.
func reportCPU(b *testing.B, start float64) {
	if t := cpuTime(); t > 0 && b.N > 0 {
		b.ReportMetric((t-start)/float64(b.N), "cpu-s/op")
	}
}
