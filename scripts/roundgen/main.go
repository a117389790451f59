// Command roundgen writes Argmap's sample debate round, a British
// Parliamentary round on "This house would ban private cars from city
// centres", from the flow in content below:
//
//	go run ./scripts/roundgen -o assets/sample-round.argmap.json
//
// The claims are placed by the layered layout, so that the map view reads
// as well as the flow view. The output is deterministic: re-running gives
// the same bytes.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/layout"
	"github.com/argmap/argmap/argmap/native"
	"github.com/argmap/argmap/internal/atomicfile"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("roundgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "assets/sample-round.argmap.json", "the map to write (- for standard output)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(stderr, "roundgen: no arguments expected; see -h")
		return 2
	}
	data, err := generate()
	if err != nil {
		fmt.Fprintln(stderr, "roundgen:", err)
		return 1
	}
	if *out == "-" {
		_, err = stdout.Write(data)
	} else {
		err = atomicfile.WriteFile(*out, data)
	}
	if err != nil {
		fmt.Fprintln(stderr, "roundgen:", err)
		return 1
	}
	return 0
}

// line is one claim of the flow: the speech it was made in, a key the
// later lines answer it by, its text, and what it answers (a key; empty
// for a claim that answers nothing) with which polarity.
type line struct {
	speech, key, text string
	answers           string
	pol               argmap.Polarity
}

const (
	con = argmap.Con
	pro = argmap.Pro
)

// Motion is the motion of the round, and its main claim.
const Motion = "Private cars should be banned from city centres."

// speakers of the eight speeches, in order (invented names).
var speakers = []string{"Amara Okafor", "Tomasz Nowak", "Priya Raman", "Lucas Ferreira",
	"Hana Sato", "Jonah Fischer", "Leila Haddad", "Mateo Rossi"}

// content is the round. The Government answers every Opposition point
// but one: the Deputy Leader's point that a ban shuts out people who
// cannot walk, cycle or ride a bus. Nobody on the Government bench
// answers it, the Opposition Whip weighs it, and it alone takes the
// motion down.
var content = []line{
	// Prime Minister (Opening Government).
	{"PM", "motion", Motion, "", ""},
	{"PM", "air", "Car exhaust is the main source of the nitrogen dioxide that people in the centre breathe.", "motion", pro},
	{"PM", "monitors", "The city's own monitors record nitrogen dioxide above the legal limit on every central street.", "air", pro},
	{"PM", "space", "Streets freed from moving and parked cars can be given to walking, cycling and trams.", "motion", pro},
	{"PM", "safety", "The centre is where most pedestrians hit by cars are killed or hurt.", "motion", pro},
	// Leader of the Opposition (Opening Opposition).
	{"LO", "shops", "Shops and restaurants in the centre live off customers who arrive by car; a ban strangles them.", "motion", con},
	{"LO", "electric", "The air is already getting cleaner as the fleet turns electric, so a ban is not needed.", "air", con},
	{"LO", "liberty", "People have a right to choose how they travel.", "motion", con},
	// Deputy Prime Minister (Opening Government).
	{"DPM", "footfall", "Where high streets were closed to cars, footfall and takings rose within two years.", "shops", con},
	{"DPM", "dust", "Electric cars still shed brake and tyre dust, and the fleet takes fifteen years to turn over.", "electric", con},
	{"DPM", "limits", "No freedom is unlimited: the right to move is not a right to drive through a crowded centre.", "liberty", con},
	// Deputy Leader of the Opposition (Opening Opposition).
	{"DLO", "unlike", "The footfall figures come from cities that already had dense public transport.", "footfall", con},
	{"DLO", "access", "People with disabilities and frail elderly people who cannot walk far or ride a bus would be shut out of the centre.", "motion", con},
	{"DLO", "ringroad", "Traffic pushed out of the centre clogs the ring road and moves the pollution to the suburbs.", "air", con},
	// Member of the Government (Closing Government).
	{"MG", "land", "Parking takes a fifth of the centre's land; a ban lets the city turn it into homes and parks.", "motion", pro},
	{"MG", "network", "Our trams and buses already reach every district of this city within ten minutes.", "unlike", con},
	{"MG", "evaporate", "When roads close, a large share of the car trips on them are not moved elsewhere but simply not made.", "ringroad", con},
	// Member of the Opposition (Closing Opposition).
	{"MO", "nightshift", "Night-shift workers, often the lowest paid, drive in because no bus runs at four in the morning.", "motion", con},
	{"MO", "developers", "Freed parking land will be sold to developers, not given to residents.", "land", con},
	{"MO", "rebound", "Studies of vanishing traffic look at a few years; car ownership adapts and the traffic comes back.", "evaporate", con},
	{"MO", "tramcost", "New tram lines cost a fortune and take a decade to build.", "space", con},
	// Government Whip (Closing Government).
	{"GW", "nightbus", "The parking revenue the centre no longer needs can pay for a night bus on every route.", "nightshift", con},
	{"GW", "owns", "The city owns the car parks and decides what is built on them.", "developers", con},
	{"GW", "decade", "The longest studies follow closed roads for over a decade and find the traffic did not return.", "rebound", con},
	{"GW", "funded", "The tram line is already funded; the ban only clears the road for it.", "tramcost", con},
	// Opposition Whip (Closing Opposition).
	{"OW", "unanswered", "Not one Government speaker answered the people shut out of the centre: that point stands conceded.", "access", pro},
	{"OW", "weigh", "A city centre that some citizens cannot reach fails them before cleaner air can help them.", "access", pro},
	{"OW", "crowded", "Buses at rush hour are already full, so the footfall of other cities will not come here.", "unlike", pro},
}

// build makes the round's map.
func build() (*argmap.Map, error) {
	ids := argmap.DeterministicIDs("sample-round")
	m := argmap.New("This house would ban private cars from city centres")
	m.Meta.Source = "A sample British Parliamentary round, written for Argmap"
	m.Meta.Authors = []string{"Argmap"}
	m.Meta.Created = time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC)
	m.Meta.Modified = m.Meta.Created
	r := argmap.NewRound(ids, "bp")
	for i := range r.Speeches {
		r.Speeches[i].Speaker = speakers[i]
	}
	h := argmap.NewHistory(m)
	if err := h.Do(argmap.SetRound(r)); err != nil {
		return nil, err
	}
	speech := map[string]argmap.ID{}
	for _, s := range r.Speeches {
		speech[s.Name] = s.ID
	}
	claim := map[string]argmap.ID{}
	for i, l := range content {
		sp, ok := speech[l.speech]
		if !ok {
			return nil, fmt.Errorf("line %d: no speech %q", i, l.speech)
		}
		if _, dup := claim[l.key]; dup {
			return nil, fmt.Errorf("line %d: key %q twice", i, l.key)
		}
		c := &argmap.Claim{ID: ids(), Text: l.text}
		var e argmap.Edit
		if l.answers == "" {
			c.Speech = sp
			e = argmap.AddClaim(c)
		} else {
			to, ok := claim[l.answers]
			if !ok {
				return nil, fmt.Errorf("line %d: %q answers %q, which comes later or not at all", i, l.key, l.answers)
			}
			e = argmap.AddAnswer(c, sp, &argmap.Argument{ID: ids(), Target: to, Polarity: l.pol})
		}
		if err := h.Do(e); err != nil {
			return nil, fmt.Errorf("line %d: %w", i, err)
		}
		claim[l.key] = c.ID
	}
	if err := h.Do(layout.Tidy(m, layout.EstimateSize(m), layout.Options{})); err != nil {
		return nil, err
	}
	if err := argmap.Validate(m).Err(); err != nil {
		return nil, err
	}
	return m, nil
}

// generate returns the encoded round.
func generate() ([]byte, error) {
	m, err := build()
	if err != nil {
		return nil, err
	}
	return native.Encode(m)
}
