package argmaptest

import "github.com/argmap/argmap/argmap"

// Builder writes a map for a test in a few readable lines, minting every ID
// from one deterministic source in the order of the calls (so a golden
// file that shows IDs does not change while the calls stay in order):
//
//	b := argmaptest.NewBuilder("scene", "Uniforms")
//	m := b.Claim("Schools should require uniforms.", argmaptest.At(500, 0))
//	x, y := b.Claim("Uniforms hide income."), b.Claim("Visible income leads to bullying.")
//	link := b.Pro(m, x, y)                              // linked premises
//	_, obj := b.Object(m, "Uniforms suppress self-expression.") // claim and con argument
//	b.Object(link, "Bullies move on to shoes.")         // an undercutter: aimed at an argument
//	b.Challenge(argmap.Question, m, "why?")
//	mp := b.Map()
//
// The slices of the map stay in the order things were added.
type Builder struct {
	m   *argmap.Map
	ids argmap.IDSource
}

// NewBuilder starts an empty map with the title, its IDs from IDs(seed).
func NewBuilder(seed, title string) *Builder {
	return &Builder{m: argmap.New(title), ids: IDs(seed)}
}

// ID mints the next ID of the builder's sequence, for things the builder
// does not make itself (comments, speeches, sources).
func (b *Builder) ID() argmap.ID { return b.ids.New() }

// A ClaimOption sets a field of a new claim.
type ClaimOption func(*argmap.Claim)

// At places the claim's card at (x, y).
func At(x, y float64) ClaimOption {
	return func(c *argmap.Claim) { c.Pos = argmap.Point{X: x, Y: y} }
}

// Tags tags the claim.
func Tags(tags ...string) ClaimOption {
	return func(c *argmap.Claim) { c.Tags = tags }
}

// With applies f to the new claim, for a field no other option sets.
func With(f func(*argmap.Claim)) ClaimOption { return ClaimOption(f) }

// Claim adds a claim with the text and returns its ID.
func (b *Builder) Claim(text string, opts ...ClaimOption) argmap.ID {
	c := &argmap.Claim{ID: b.ids.New(), Text: text}
	for _, o := range opts {
		o(c)
	}
	b.m.Claims = append(b.m.Claims, c)
	return c.ID
}

// Arg adds an argument of the polarity from the premises (one, or several
// linked) to the target (a claim, or an argument for an undercutter or a
// support of the inference) and returns it, to set its scheme or notes.
func (b *Builder) Arg(pol argmap.Polarity, target argmap.ID, premises ...argmap.ID) *argmap.Argument {
	a := &argmap.Argument{ID: b.ids.New(), Premises: premises, Target: target, Polarity: pol}
	b.m.Arguments = append(b.m.Arguments, a)
	return a
}

// Pro adds a pro argument from the premises to the target and returns its ID.
func (b *Builder) Pro(target argmap.ID, premises ...argmap.ID) argmap.ID {
	return b.Arg(argmap.Pro, target, premises...).ID
}

// Con adds a con argument from the premises to the target and returns its
// ID: an objection when the target is a claim, an undercutter when it is
// an argument.
func (b *Builder) Con(target argmap.ID, premises ...argmap.ID) argmap.ID {
	return b.Arg(argmap.Con, target, premises...).ID
}

// Object adds a claim with the text and a con argument from it to the
// target (an objection to a claim, an undercutter of an argument) and
// returns both IDs.
func (b *Builder) Object(target argmap.ID, text string, opts ...ClaimOption) (claim, arg argmap.ID) {
	claim = b.Claim(text, opts...)
	return claim, b.Con(target, claim)
}

// Challenge adds an open challenge of the kind on the target, with the
// note, and returns it, to set its author, argument or question.
func (b *Builder) Challenge(kind argmap.ChallengeKind, target argmap.ID, note string) *argmap.Challenge {
	ch := &argmap.Challenge{ID: b.ids.New(), Kind: kind, Target: target, Note: note, Status: argmap.Open}
	b.m.Challenges = append(b.m.Challenges, ch)
	return ch
}

// Map indexes the map built so far and returns it. The builder may go on
// adding to it; call Map again after.
func (b *Builder) Map() *argmap.Map {
	b.m.Reindex()
	return b.m
}
