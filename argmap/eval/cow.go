package eval

// chunkBits sets the size of the chunks a labelling keeps its labels and
// flags in: 1,024 entries, a kilobyte.
const (
	chunkBits = 10
	chunkLen  = 1 << chunkBits
)

type chunk[T any] [chunkLen]T

// cow is a read-only array of n entries in chunks. An Evaluator publishes
// its labels and flags as cows: the labelling after a local change shares
// every chunk the change did not touch with the labelling before it, so
// that a re-label of a few nodes does not copy the whole map.
type cow[T any] struct {
	n int
	c []*chunk[T]
}

func (a cow[T]) at(i int32) T { return a.c[i>>chunkBits][i&(chunkLen-1)] }

// cowOf copies flat into a new cow: one allocation that the copy fills
// (append does not zero what it copies over), cut into chunks.
func cowOf[T any](flat []T) cow[T] {
	k := (len(flat) + chunkLen - 1) / chunkLen
	all := append([]T(nil), flat...)
	if cap(all) < k*chunkLen {
		all = append(make([]T, 0, k*chunkLen), flat...)
	}
	all = all[:k*chunkLen]
	a := cow[T]{n: len(flat), c: make([]*chunk[T], k)}
	for i := range a.c {
		a.c[i] = (*chunk[T])(all[i*chunkLen : (i+1)*chunkLen])
	}
	return a
}

// with returns a, with the chunks that hold the touched entries copied
// again from flat (which a was copied from, changed at most there).
func (a cow[T]) with(flat []T, touched []int32) cow[T] {
	b := cow[T]{n: a.n, c: append([]*chunk[T](nil), a.c...)}
	for _, i := range touched {
		if k := i >> chunkBits; b.c[k] == a.c[k] {
			b.c[k] = new(chunk[T])
			copy(b.c[k][:], flat[int(k)*chunkLen:])
		}
	}
	return b
}

// flat returns the entries as one slice.
func (a cow[T]) flat() []T {
	out := make([]T, a.n)
	for k, c := range a.c {
		copy(out[k*chunkLen:], c[:])
	}
	return out
}
