package eval

import (
	"encoding/binary"

	"github.com/argmap/argmap/argmap"
)

// idIndex maps the IDs of a map's claims and arguments to their node
// numbers. It is an open-addressing table of node numbers, keyed by the
// first eight bytes of the ID and checked against the whole ID: about twice
// as fast to build and query as a Go map of UUIDs on large maps, which is
// most of the cost of building a topology.
type idIndex struct {
	ids   []argmap.ID // node number → ID
	slots []idSlot
	mask  uint64
	shift uint
}

// idSlot is one slot of the table: tag and node side by side, so that a
// probe touches one cache line.
type idSlot struct {
	tag  uint64 // first eight bytes of the ID
	node int32  // node number + 1, or 0 for an empty slot
}

func newIDIndex(n int) *idIndex {
	size, bits := 8, uint(3)
	for size < 2*n {
		size <<= 1
		bits++
	}
	return &idIndex{
		ids:   make([]argmap.ID, 0, n),
		slots: make([]idSlot, size),
		mask:  uint64(size - 1),
		shift: 64 - bits,
	}
}

func (x *idIndex) home(tag uint64) uint64 { return (tag * 0x9e3779b97f4a7c15) >> x.shift }

// add gives id the next node number, unless it already has one (a
// duplicate ID: the first wins). It returns the node number id has.
func (x *idIndex) add(id argmap.ID) int32 {
	n := int32(len(x.ids))
	x.ids = append(x.ids, id)
	tag := binary.LittleEndian.Uint64(id[:8])
	i := x.home(tag)
	for x.slots[i].node != 0 {
		if x.slots[i].tag == tag && x.ids[x.slots[i].node-1] == id {
			return x.slots[i].node - 1
		}
		i = (i + 1) & x.mask
	}
	x.slots[i] = idSlot{tag, n + 1}
	return n
}

// get returns the node number of id.
func (x *idIndex) get(id argmap.ID) (int32, bool) {
	tag := binary.LittleEndian.Uint64(id[:8])
	for i := x.home(tag); x.slots[i].node != 0; i = (i + 1) & x.mask {
		if s := x.slots[i]; s.tag == tag && x.ids[s.node-1] == id {
			return s.node - 1, true
		}
	}
	return -1, false
}

// grown returns a new index for the numbering after dc claims were added
// after the nc claims of x, and then arguments after its arguments: ids are
// all the IDs in the new node order. It copies x's table, moving the
// arguments' node numbers up by dc, and adds the new IDs, or builds the
// table again when x has no room; x is unchanged (labellings share it). It
// reports false when a new ID is already in the map.
func (x *idIndex) grown(ids []argmap.ID, nc, dc, na int) (*idIndex, bool) {
	n := len(ids)
	if 2*n > len(x.slots) {
		y := newIDIndex(n)
		for i, id := range ids {
			if y.add(id) != int32(i) {
				return nil, false
			}
		}
		return y, true
	}
	y := &idIndex{ids: ids, slots: append([]idSlot(nil), x.slots...), mask: x.mask, shift: x.shift}
	for i := range y.slots {
		if s := &y.slots[i]; s.node > int32(nc) {
			s.node += int32(dc)
		}
	}
	put := func(node int) bool {
		id := ids[node]
		tag := binary.LittleEndian.Uint64(id[:8])
		i := y.home(tag)
		for y.slots[i].node != 0 {
			if y.slots[i].tag == tag && ids[y.slots[i].node-1] == id {
				return false
			}
			i = (i + 1) & y.mask
		}
		y.slots[i] = idSlot{tag, int32(node) + 1}
		return true
	}
	for node := nc; node < nc+dc; node++ {
		if !put(node) {
			return nil, false
		}
	}
	for node := nc + dc + na; node < n; node++ {
		if !put(node) {
			return nil, false
		}
	}
	return y, true
}
