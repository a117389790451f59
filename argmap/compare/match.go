package compare

import (
	"math"
	"sort"

	"github.com/argmap/argmap/argmap"
)

// Method says how a pair of claims was found.
type Method string

// Methods of pairing.
const (
	ByID        Method = "id"        // the same ID: the maps share ancestry
	ByWording   Method = "wording"   // similar texts
	ByStructure Method = "structure" // the same place next to claims already paired
	ByTeacher   Method = "teacher"   // an override
)

// Pair is a claim of map A matched with one of map B.
type Pair struct {
	A, B       argmap.ID
	Similarity float64 // of the texts, in [0, 1]
	Method     Method
	// Uncertain: paired by structure on weak wording, or by wording alone
	// under Confident, or one text negates the other. A teacher should look.
	Uncertain bool
	// Negated: one text says the opposite of the other ("likely" against
	// "unlikely", "can" against "cannot").
	Negated bool
	// Verbatim: the texts are the same word for word.
	Verbatim bool
}

// Override is a teacher's decision on a pairing: A matched with B, or, with
// B the NilID, A matched with nothing.
type Override struct {
	A, B argmap.ID
}

// Matching pairs the claims of map A with those of map B.
type Matching struct {
	AtoB map[argmap.ID]argmap.ID
	BtoA map[argmap.ID]argmap.ID
	// Pairs in the order of A's claims.
	Pairs []Pair
	// ByText counts the pairs found other than by ID (wording, structure,
	// a teacher's override).
	ByText int
	// texts of B's paired claims, for reports.
	texts map[argmap.ID]string
}

// Pair returns the pair of A's claim id, if it has one.
func (mt Matching) Pair(id argmap.ID) (Pair, bool) {
	for _, p := range mt.Pairs {
		if p.A == id {
			return p, true
		}
	}
	return Pair{}, false
}

// Match pairs claims by ID first (maps that share ancestry), then the rest
// by wording and structure (maps built apart); see MatchWith.
func Match(a, b *argmap.Map) Matching { return MatchWith(a, b, nil) }

// MatchWith pairs the claims of a and b. A teacher's overrides come first;
// then IDs; then texts at least Confident alike, best first; then, from the
// pairs found, their unpaired neighbours in the same place (premises of
// paired conclusions, objections to paired claims, co-premises), weighing
// wording, polarity and whether the place is unambiguous; then texts at
// least Threshold alike, and the neighbours of those. Candidate texts are
// found through an index of their words, so the work grows with the size
// of the maps, not with their product.
func MatchWith(a, b *argmap.Map, overrides []Override) Matching {
	mr := newMatcher(a, b)
	for _, o := range overrides {
		i, ok := mr.ia[o.A]
		if !ok || mr.ma[i] >= 0 {
			continue
		}
		if o.B == argmap.NilID {
			mr.ma[i] = -2 // fixed unmatched
			continue
		}
		if j, ok := mr.ib[o.B]; ok && mr.mb[j] < 0 {
			mr.link(i, j, ByTeacher)
		}
	}
	for i, c := range a.Claims {
		j, ok := mr.ib[c.ID]
		if !ok || mr.ma[i] != -1 || mr.mb[j] != -1 {
			continue
		}
		if b.Claims[j].Text == Blank && c.Text != Blank {
			// A claim of an exercise sheet the student left blank is not the
			// model's claim: it earns nothing, nor do its relations.
			mr.mb[j] = -2
			continue
		}
		mr.link(i, j, ByID)
	}
	mr.prepareText()
	mr.greedyText(Confident)
	mr.propagate()
	mr.greedyText(Threshold)
	mr.propagate()
	return mr.result()
}

// matcher holds the state of one matching: claim indices, the pairing so
// far (-1 free; -2 fixed unmatched by a teacher) and the text profiles.
type matcher struct {
	a, b     *argmap.Map
	ia, ib   map[argmap.ID]int
	ma, mb   []int
	method   []Method // per claim of a
	pa, pb   []profile
	weight   []float64 // by word ID
	dict     dict
	cands    [][]pair // per claim of a: candidate texts of b, s > 0
	na, nb   [][]nbr
	newPairs []int // claims of a paired since the last propagation
}

// nbr is a claim's neighbour in the argument graph: the role says where it
// stands (a premise of the claim, its conclusion, a co-premise) and pol
// with which polarity.
type nbr struct {
	c    int
	role byte // 'd' premise below, 'u' conclusion above, 'c' co-premise
	pol  argmap.Polarity
}

func newMatcher(a, b *argmap.Map) *matcher {
	mr := &matcher{a: a, b: b, ia: index(a), ib: index(b)}
	mr.ma, mr.mb = fill(len(a.Claims)), fill(len(b.Claims))
	mr.method = make([]Method, len(a.Claims))
	mr.na, mr.nb = neighbours(a, mr.ia), neighbours(b, mr.ib)
	return mr
}

func index(m *argmap.Map) map[argmap.ID]int {
	ix := make(map[argmap.ID]int, len(m.Claims))
	for i, c := range m.Claims {
		if _, dup := ix[c.ID]; !dup {
			ix[c.ID] = i
		}
	}
	return ix
}

func fill(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// neighbours lists, per claim, the claims next to it through an argument.
// An undercutter's premises stand below the conclusion of the inference it
// attacks. Each list is capped: a hub's neighbours beyond the cap are not
// used for matching, which keeps the work linear.
func neighbours(m *argmap.Map, ix map[argmap.ID]int) [][]nbr {
	const maxNbrs = 64
	out := make([][]nbr, len(m.Claims))
	add := func(i int, n nbr) {
		if len(out[i]) < maxNbrs {
			out[i] = append(out[i], n)
		}
	}
	for _, x := range m.Arguments {
		t, ok := ix[x.Target]
		if !ok {
			if y := m.Argument(x.Target); y != nil {
				t, ok = ix[y.Target]
			}
		}
		for k, p := range x.Premises {
			pi, okp := ix[p]
			if !okp {
				continue
			}
			if ok && pi != t {
				add(pi, nbr{t, 'u', x.Polarity})
				add(t, nbr{pi, 'd', x.Polarity})
			}
			if k < 8 {
				for _, q := range x.Premises[:k] {
					if qi, okq := ix[q]; okq && qi != pi {
						add(pi, nbr{qi, 'c', x.Polarity})
						add(qi, nbr{pi, 'c', x.Polarity})
					}
				}
			}
		}
	}
	return out
}

func (mr *matcher) link(i, j int, how Method) {
	mr.ma[i], mr.mb[j], mr.method[i] = j, i, how
	mr.newPairs = append(mr.newPairs, i)
}

// prepareText profiles every claim, weighs words by rarity and finds the
// candidate pairs through an inverted index of words and word prefixes
// (prefixes catch typos and inflections the stemmer misses). A key shared
// by more than maxPosting claims of b is too common to find candidates by.
func (mr *matcher) prepareText() {
	mr.dict = dict{}
	mr.pa, mr.pb = make([]profile, len(mr.a.Claims)), make([]profile, len(mr.b.Claims))
	for i, c := range mr.a.Claims {
		mr.pa[i] = newProfile(c.Text, mr.dict)
	}
	for j, c := range mr.b.Claims {
		mr.pb[j] = newProfile(c.Text, mr.dict)
	}
	df := make([]int, len(mr.dict))
	for _, ps := range [][]profile{mr.pa, mr.pb} {
		for _, p := range ps {
			for _, w := range p.words {
				df[w]++
			}
		}
	}
	n := float64(len(mr.a.Claims) + len(mr.b.Claims))
	mr.weight = make([]float64, len(df))
	for w, d := range df {
		if d > 0 {
			mr.weight[w] = math.Log(1 + n/float64(d))
		}
	}
	// Keys: word IDs, and the IDs of 4-letter word prefixes.
	word := make([]string, len(mr.dict))
	for s, i := range mr.dict {
		word[i] = s
	}
	prefix := map[int32]int32{}
	for w := range df {
		if df[w] == 0 {
			continue // a trigram
		}
		if r := []rune(word[w]); len(r) > 4 {
			prefix[int32(w)] = mr.dict.id("\x02" + string(r[:4]))
		}
	}
	keys := func(p profile, fn func(int32)) {
		for _, w := range p.words {
			fn(w)
			if k, ok := prefix[w]; ok {
				fn(k)
			}
		}
	}
	maxPosting := max(16, int(2*math.Sqrt(float64(len(mr.b.Claims)))))
	const maxCands = 256
	post := map[int32][]int{}
	for j := range mr.pb {
		if mr.mb[j] != -1 {
			continue
		}
		keys(mr.pb[j], func(k int32) { post[k] = append(post[k], j) })
	}
	mr.cands = make([][]pair, len(mr.a.Claims))
	seen := make([]int, len(mr.b.Claims))
	for i := range mr.pa {
		if mr.ma[i] != -1 {
			continue
		}
		stamp := i + 1
		// Rarest keys first, and at most maxCands candidates: a claim of
		// thousands of words costs no more than a short one.
		var ks []int32
		keys(mr.pa[i], func(k int32) {
			if n := len(post[k]); n > 0 && n <= maxPosting {
				ks = append(ks, k)
			}
		})
		sort.Slice(ks, func(x, y int) bool {
			if lx, ly := len(post[ks[x]]), len(post[ks[y]]); lx != ly {
				return lx < ly
			}
			return ks[x] < ks[y]
		})
		n := 0
	keys:
		for _, k := range ks {
			for _, j := range post[k] {
				if seen[j] == stamp {
					continue
				}
				seen[j] = stamp
				if n++; n > maxCands {
					break keys
				}
				if s := mr.sim(i, j); s > 0 {
					mr.cands[i] = append(mr.cands[i], pair{i, j, s})
				}
			}
		}
	}
}

func (mr *matcher) sim(i, j int) float64 { return similarity(mr.pa[i], mr.pb[j], mr.weight) }

// greedyText pairs free claims whose texts are at least min alike, best
// first.
func (mr *matcher) greedyText(min float64) {
	var ps []pair
	for i, cs := range mr.cands {
		if mr.ma[i] != -1 {
			continue
		}
		for _, p := range cs {
			if mr.mb[p.j] != -1 {
				continue
			}
			if mr.pa[i].negated == mr.pb[p.j].negated {
				if p.s >= min {
					ps = append(ps, p)
				}
			} else if raw := rawSimilarity(mr.pa[i], mr.pb[p.j], mr.weight); raw >= Confident {
				// The same words, one negated: pair them, flagged, so that the
				// report says the student claims the opposite.
				ps = append(ps, pair{i, p.j, raw})
			}
		}
	}
	mr.accept(ps, ByWording)
}

func (mr *matcher) accept(ps []pair, how Method) {
	sortPairs(ps)
	for _, p := range ps {
		if mr.ma[p.i] == -1 && mr.mb[p.j] == -1 {
			mr.link(p.i, p.j, how)
		}
	}
}

// Structure weights: a free claim next to a paired claim, in the same place
// next to its partner, is paired when its wording, plus these bonuses,
// reaches structural.
const (
	samePlace  = 0.1  // the same role (premise, conclusion, co-premise)
	samePol    = 0.1  // with the same polarity
	sameShape  = 0.05 // as many supports and objections of its own
	onlyOne    = 0.1  // the only free claim of that polarity and shape there, on both sides
	agreeing   = 0.1  // per further paired neighbour that agrees (at most two)
	structural = 0.4  // so: an unambiguous place needs a similarity of 0.05
)

// propagate pairs, round after round, the free neighbours of the pairs
// found since the last round, until no new pair is found.
func (mr *matcher) propagate() {
	for len(mr.newPairs) > 0 {
		front := mr.newPairs
		mr.newPairs = nil
		var ps []pair
		for _, i := range front {
			j := mr.ma[i]
			if j < 0 {
				continue
			}
			ps = append(ps, mr.slots(i, j)...)
		}
		mr.accept(ps, ByStructure)
	}
}

// slots scores the free neighbours of paired claims i (in a) and j (in b)
// against each other, by role.
func (mr *matcher) slots(i, j int) []pair {
	var out []pair
	for _, role := range []byte{'d', 'u', 'c'} {
		var xs, ys []nbr
		for _, n := range mr.na[i] {
			if n.role == role && mr.ma[n.c] == -1 {
				xs = append(xs, n)
			}
		}
		for _, n := range mr.nb[j] {
			if n.role == role && mr.mb[n.c] == -1 {
				ys = append(ys, n)
			}
		}
		if len(xs) == 0 || len(ys) == 0 || len(xs)*len(ys) > 4096 {
			continue
		}
		type class struct {
			pol   argmap.Polarity
			shape [2]int
		}
		count := func(ns []nbr, sh func(int) [2]int) map[class]int {
			k := map[class]int{}
			for _, n := range ns {
				k[class{n.pol, sh(n.c)}]++
			}
			return k
		}
		kx, ky := count(xs, mr.shapeA), count(ys, mr.shapeB)
		for _, x := range xs {
			for _, y := range ys {
				// A negation that differs between texts this far apart is
				// phrasing ("cannot walk far", "find walking hard"), not a
				// contradiction: see result.
				s := rawSimilarity(mr.pa[x.c], mr.pb[y.c], mr.weight)
				score := s + samePlace
				sx, sy := mr.shapeA(x.c), mr.shapeB(y.c)
				if sx == sy {
					score += sameShape
				}
				if x.pol == y.pol {
					score += samePol
					if sx == sy && kx[class{x.pol, sx}] == 1 && ky[class{y.pol, sy}] == 1 {
						score += onlyOne
					}
				}
				score += agreeing * float64(min(2, mr.agreements(x.c, y.c)-1))
				if score >= structural {
					out = append(out, pair{x.c, y.c, score})
				}
			}
		}
	}
	return out
}

// shapeA and shapeB count a claim's supports and objections (capped at 3):
// claims in the same place with the same shape are likelier the same.
func (mr *matcher) shapeA(i int) [2]int { return shape(mr.na[i]) }
func (mr *matcher) shapeB(j int) [2]int { return shape(mr.nb[j]) }

func shape(ns []nbr) [2]int {
	var s [2]int
	for _, n := range ns {
		if n.role != 'd' {
			continue
		}
		k := 0
		if n.pol == argmap.Con {
			k = 1
		}
		s[k] = min(3, s[k]+1)
	}
	return s
}

// agreements counts the paired neighbours of x whose partners are
// neighbours of y in the same role.
func (mr *matcher) agreements(x, y int) int {
	k := 0
	for _, n := range mr.na[x] {
		j := mr.ma[n.c]
		if j < 0 {
			continue
		}
		for _, m := range mr.nb[y] {
			if m.c == j && m.role == n.role {
				k++
				break
			}
		}
	}
	return k
}

func (mr *matcher) result() Matching {
	mt := Matching{AtoB: map[argmap.ID]argmap.ID{}, BtoA: map[argmap.ID]argmap.ID{}, texts: map[argmap.ID]string{}}
	roles := mr.a.Roles()
	for i, j := range mr.ma {
		if j < 0 {
			continue
		}
		x, y := mr.a.Claims[i], mr.b.Claims[j]
		p := Pair{A: x.ID, B: y.ID, Method: mr.method[i]}
		px, py := mr.pa[i], mr.pb[j]
		p.Similarity = math.Round(rawSimilarity(px, py, mr.weight)*100) / 100
		// Only texts alike but for a negation say the opposite of each
		// other ("likely" and "unlikely"); between texts worded apart a
		// "not" on one side is phrasing.
		p.Negated = px.negated != py.negated && p.Similarity >= Confident
		r := roles[x.ID]
		p.Verbatim = px.flat == py.flat && px.flat != "" && r != argmap.RoleMain && r != argmap.RoleConclusion
		switch p.Method {
		case ByID:
			// An exercise sheet's claim filled in with other words than the
			// model's may be another claim: the teacher should look.
			p.Uncertain = px.flat != py.flat && p.Similarity < Threshold
		case ByStructure:
			p.Uncertain = p.Similarity < Threshold
		case ByWording:
			p.Uncertain = p.Similarity < Confident
		}
		p.Uncertain = p.Uncertain || p.Negated
		if p.Method == ByTeacher {
			// The teacher has read both and decided they are one claim.
			p.Negated, p.Uncertain = false, false
		}
		mt.AtoB[x.ID], mt.BtoA[y.ID] = y.ID, x.ID
		mt.texts[y.ID] = y.Text
		mt.Pairs = append(mt.Pairs, p)
		if p.Method != ByID {
			mt.ByText++
		}
	}
	return mt
}
