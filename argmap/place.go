package argmap

import "fmt"

// A Place names where a value sits in a map or in its file, such as
// "map.claims[12].text" or "map.arguments[3].premises[1]": the Place of a
// DecodeError, as Validate, the limits and the native decoder write it.
// It is built into a string only when there is a fault to report, since
// formatting a path for every field would cost more than the checks.
type Place struct {
	list string // "map.claims", or a whole path when i < 0
	i    int
	rest string // ".anchor.quote"
	// j, when hasJ, indexes a list within the entry: rest[j].
	j    int
	hasJ bool
}

// PathPlace is the place given as a whole path, such as "map.meta.title".
func PathPlace(path string) Place { return Place{list: path, i: -1} }

// EntryPlace is the place of entry i of the list at path list:
// EntryPlace("map.claims", 2) is "map.claims[2]".
func EntryPlace(list string, i int) Place { return Place{list: list, i: i} }

// At is the place of a field within p: p.At(".text").
func (p Place) At(field string) Place {
	p.rest += field
	return p
}

// Item is the place of entry j of the list field of p: p.Item(".tags", j)
// is "map.claims[2].tags[j]" (field may be "" when p is the list itself).
func (p Place) Item(field string, j int) Place {
	return Place{list: p.list, i: p.i, rest: p.rest + field, j: j, hasJ: true}
}

// String is the place as a path.
func (p Place) String() string {
	if p.i < 0 {
		return p.list + p.rest
	}
	if p.hasJ {
		return fmt.Sprintf("%s[%d]%s[%d]", p.list, p.i, p.rest, p.j)
	}
	return fmt.Sprintf("%s[%d]%s", p.list, p.i, p.rest)
}
