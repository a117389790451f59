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
