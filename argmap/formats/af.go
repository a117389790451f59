package formats

import (
	"strings"

	"github.com/argmap/argmap/argmap"
	"github.com/argmap/argmap/argmap/af"
)

// The abstract argumentation frameworks of the ICCMA competitions: each AF
// argument becomes a claim named by its text, each attack a con argument.
// They encode only maps made of attacks (see af.FromMap). They name no
// title (Set.Decode gives the map the file's name, "admbuster_1000").
func addAf(s *Set) {
	s.Add(&Format{
		Name: "apx", Title: "ASPARTIX AF", Exts: []string{".apx"},
		Sniff:  sniffAPX,
		Looks:  `An ASPARTIX file lists facts such as "arg(a)." and "att(a,b)."`,
		Decode: afDecoder(af.ParseAPX),
		Encode: afEncoder(af.WriteAPX),
	})
	s.Add(&Format{
		Name: "tgf", Title: "Trivial Graph Format AF", Exts: []string{".tgf"},
		Decode: afDecoder(af.ParseTGF),
		Encode: afEncoder(af.WriteTGF),
	})
	s.Add(&Format{
		Name: "iccma", Title: "ICCMA'23 AF", Exts: []string{".af", ".i23"},
		Sniff:  sniffICCMA,
		Looks:  `An ICCMA'23 file starts with the header "p af N", then attacks such as "1 2", one a line`,
		Decode: afDecoder(af.ParseICCMA),
		Encode: afEncoder(af.WriteICCMA),
	})
}

// sniffAPX looks for a fact "arg(" or "att(" on the first line that is no
// "%" comment (a file may start with one, and is then still ASPARTIX).
func sniffAPX(data []byte) bool {
	for _, line := range strings.SplitN(string(data[:min(len(data), 4096)]), "\n", 64) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "%") {
			continue
		}
		return strings.HasPrefix(line, "arg(") || strings.HasPrefix(line, "att(")
	}
	return false
}

// sniffICCMA looks for the "p af" header on the first line that is no
// comment.
func sniffICCMA(data []byte) bool {
	for _, line := range strings.SplitN(string(data[:min(len(data), 4096)]), "\n", 64) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		return strings.HasPrefix(line, "p af ")
	}
	return false
}

func afDecoder(parse func([]byte) (*af.AF, error)) func([]byte) (*argmap.Map, error) {
	return func(data []byte) (*argmap.Map, error) {
		f, err := parse(data)
		if err != nil {
			return nil, err
		}
		return f.ToMap(""), nil
	}
}

func afEncoder(write func(*af.AF) []byte) func(*argmap.Map) ([]byte, error) {
	return func(m *argmap.Map) ([]byte, error) {
		f, err := af.FromMap(m)
		if err != nil {
			return nil, err
		}
		return write(f), nil
	}
}
