package nlp

// Feature hashing. A feature is a template number combined with one or more
// atom values (word hashes, tag ids, distances). Hashes are 64-bit, so
// collisions between distinct features are negligible; 0 is reserved for
// "no feature" in the weight tables.

const (
	mulA = 0x9E3779B97F4A7C15
	mulB = 0xC2B2AE3D27D4EB4F
)

// mix finalises a 64-bit value (splitmix64's finaliser).
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xBF58476D1CE4E5B9
	x ^= x >> 27
	x *= 0x94D049BB133111EB
	x ^= x >> 31
	if x == 0 {
		x = 1
	}
	return x
}

func f1(tpl, a uint64) uint64 { return mix(tpl*mulA ^ a*mulB) }
func f2(tpl, a, b uint64) uint64 {
	return mix((tpl*mulA^a*mulB)*mulA ^ b*mulB)
}
func f3(tpl, a, b, c uint64) uint64 {
	return mix(((tpl*mulA^a*mulB)*mulA^b*mulB)*mulA ^ c*mulB)
}
func f4(tpl, a, b, c, d uint64) uint64 {
	return mix((((tpl*mulA^a*mulB)*mulA^b*mulB)*mulA^c*mulB)*mulA ^ d*mulB)
}

// strHash hashes s (FNV-1a, 64-bit), folding ASCII upper case when fold is
// set. It never allocates.
func strHash(s string, fold bool) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if fold && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
