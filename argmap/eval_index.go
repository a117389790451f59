package argmap

import "encoding/binary"

// idIndex maps the IDs of a map's claims and arguments to their node
// numbers. It is an open-addressing table of node numbers, keyed by the
// first eight bytes of the ID and checked against the whole ID: about twice
// as fast to build and query as a Go map of UUIDs on large maps, which is
// most of the cost of Evaluate.
type idIndex struct {
	ids   []ID     // node number → ID
	tags  []uint64 // first eight bytes of the ID in each slot
	slots []int32  // node number + 1, or 0 for an empty slot
	mask  uint64
	shift uint
}

func newIDIndex(n int) *idIndex {
	size, bits := 8, uint(3)
	for size < 2*n {
		size <<= 1
		bits++
	}
	return &idIndex{
		ids:   make([]ID, 0, n),
		tags:  make([]uint64, size),
		slots: make([]int32, size),
		mask:  uint64(size - 1),
		shift: 64 - bits,
	}
}

func (x *idIndex) home(tag uint64) uint64 { return (tag * 0x9e3779b97f4a7c15) >> x.shift }

// add gives id the next node number, unless it already has one (a
// duplicate ID: the first wins). It returns the node number id has.
func (x *idIndex) add(id ID) int32 {
	n := int32(len(x.ids))
	x.ids = append(x.ids, id)
	tag := binary.LittleEndian.Uint64(id[:8])
	i := x.home(tag)
	for x.slots[i] != 0 {
		if x.tags[i] == tag && x.ids[x.slots[i]-1] == id {
			return x.slots[i] - 1
		}
		i = (i + 1) & x.mask
	}
	x.tags[i], x.slots[i] = tag, n+1
	return n
}

// get returns the node number of id.
func (x *idIndex) get(id ID) (int32, bool) {
	tag := binary.LittleEndian.Uint64(id[:8])
	for i := x.home(tag); x.slots[i] != 0; i = (i + 1) & x.mask {
		if x.tags[i] == tag && x.ids[x.slots[i]-1] == id {
			return x.slots[i] - 1, true
		}
	}
	return -1, false
}
