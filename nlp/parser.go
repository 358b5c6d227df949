package nlp

// Parser is a greedy arc-hybrid transition parser. An averaged perceptron
// picks SHIFT, LEFT or RIGHT; a second perceptron labels each arc as it is
// made. Training uses a dynamic oracle with error exploration.
type Parser struct {
	labels []string // dependency relations; labels[rootLabel] == "root"
	root   int
	act    *dense3
	lab    *weights
	// beamAct, when set, is an action model trained for beam search.
	beamAct *dense3
	// cascadeK and cascadeMargin tune the greedy parser's early decision
	// (see decide).
	cascadeK      int
	cascadeMargin float32
}

// Cascade defaults, chosen on EWT dev: no change in UAS there.
const (
	defaultCascadeK      = 60
	defaultCascadeMargin = 200
)

const (
	actShift = iota
	actLeft
	actRight
)

// pword is a word as the parser sees it.
type pword struct {
	w, t, u, suf, amb uint64
	punct             bool
}

// pstate is a parser configuration over words 1..n (0 is ROOT).
type pstate struct {
	n      int
	words  []pword // index 0 is ROOT
	stack  []int32
	b      int32
	head   []int32
	label  []int32
	l1, l2 []int32 // leftmost and second leftmost children
	r1, r2 []int32 // rightmost and second rightmost
	nl, nr []int32
	lset   []uint64 // labels of left children (bit per label, mod 64)
	rset   []uint64
	punctN []int32 // punctN[i] = punctuation marks among words 1..i-1
}

func (s *pstate) reset(words []pword) {
	n := len(words) - 1
	s.n = n
	s.words = words
	s.stack = append(s.stack[:0], 0)
	s.b = 1
	grow := func(x []int32, v int32) []int32 {
		if cap(x) < n+1 {
			x = make([]int32, n+1)
		}
		x = x[:n+1]
		for i := range x {
			x[i] = v
		}
		return x
	}
	s.head = grow(s.head, -1)
	s.label = grow(s.label, -1)
	s.l1, s.l2, s.r1, s.r2 = grow(s.l1, -1), grow(s.l2, -1), grow(s.r1, -1), grow(s.r2, -1)
	s.nl, s.nr = grow(s.nl, 0), grow(s.nr, 0)
	s.punctN = grow(s.punctN, 0)
	for i := 1; i <= n; i++ {
		s.punctN[i] = s.punctN[i-1]
		if i > 1 && words[i-1].punct {
			s.punctN[i]++
		}
	}
	if cap(s.lset) < n+1 {
		s.lset, s.rset = make([]uint64, n+1), make([]uint64, n+1)
	}
	s.lset, s.rset = s.lset[:n+1], s.rset[:n+1]
	clear(s.lset)
	clear(s.rset)
}

func (s *pstate) terminal() bool { return s.b > int32(s.n) && len(s.stack) == 1 }

func (s *pstate) valid(a int) bool {
	switch a {
	case actShift:
		return s.b <= int32(s.n)
	case actLeft:
		return len(s.stack) > 1 && s.b <= int32(s.n)
	case actRight:
		if len(s.stack) < 2 {
			return false
		}
		if s.stack[len(s.stack)-2] == 0 {
			return s.b > int32(s.n)
		}
		return true
	}
	return false
}

// arc returns the head and dependent of arc action a.
func (s *pstate) arc(a int) (h, d int32) {
	d = s.stack[len(s.stack)-1]
	if a == actLeft {
		return s.b, d
	}
	return s.stack[len(s.stack)-2], d
}

func (s *pstate) apply(a int, label int32) {
	if a == actShift {
		s.stack = append(s.stack, s.b)
		s.b++
		return
	}
	h, d := s.arc(a)
	s.stack = s.stack[:len(s.stack)-1]
	s.head[d] = h
	s.label[d] = label
	bit := uint64(1) << (uint(label) & 63)
	if d < h {
		if s.l1[h] == -1 || d < s.l1[h] {
			s.l2[h] = s.l1[h]
			s.l1[h] = d
		} else if s.l2[h] == -1 || d < s.l2[h] {
			s.l2[h] = d
		}
		s.nl[h]++
		s.lset[h] |= bit
	} else {
		if s.r1[h] == -1 || d > s.r1[h] {
			s.r2[h] = s.r1[h]
			s.r1[h] = d
		} else if s.r2[h] == -1 || d > s.r2[h] {
			s.r2[h] = d
		}
		s.nr[h]++
		s.rset[h] |= bit
	}
}

// Atom values for absent positions.
const (
	noneW  = 0x40e
	noneT  = 0x40f
	noneL  = 0x410
	rootWT = 0x7007
)

func (s *pstate) st(k int) int32 {
	if k < len(s.stack) {
		return s.stack[len(s.stack)-1-k]
	}
	return -1
}

func (s *pstate) buf(k int) int32 {
	if i := s.b + int32(k); i <= int32(s.n) {
		return i
	}
	return -1
}

// node atoms: word, tag, label of the arc to its head.
func (s *pstate) wt(i int32) (w, t uint64) {
	if i < 0 {
		return noneW, noneT
	}
	p := &s.words[i]
	return p.w, p.t
}

func (s *pstate) lab(i int32) uint64 {
	if i < 0 || s.label[i] < 0 {
		return noneL
	}
	return uint64(s.label[i]) + 1
}

func child(c []int32, i int32) int32 {
	if i < 0 {
		return -1
	}
	return c[i]
}

func bucket(d int32) uint64 {
	switch {
	case d < 0:
		return 0
	case d <= 4:
		return uint64(d)
	case d <= 7:
		return 5
	case d <= 12:
		return 6
	}
	return 7
}

func count(c []int32, i int32) uint64 {
	if i < 0 {
		return 99
	}
	return uint64(min(c[i], 6))
}

func set(c []uint64, i int32) uint64 {
	if i < 0 {
		return 0x5e7
	}
	return c[i]
}

// actionFeatures writes the features of the configuration into fs.
func (s *pstate) actionFeatures(fs []uint64) []uint64 {
	s0, s1, s2 := s.st(0), s.st(1), s.st(2)
	b0, b1, b2 := s.buf(0), s.buf(1), s.buf(2)
	s0w, s0t := s.wt(s0)
	s1w, s1t := s.wt(s1)
	s2w, s2t := s.wt(s2)
	b0w, b0t := s.wt(b0)
	b1w, b1t := s.wt(b1)
	b2w, b2t := s.wt(b2)
	s0l1, s0l2, s0r1, s0r2 := child(s.l1, s0), child(s.l2, s0), child(s.r1, s0), child(s.r2, s0)
	s1l1, s1r1, s1r2 := child(s.l1, s1), child(s.r1, s1), child(s.r2, s1)
	b0l1, b0l2 := child(s.l1, b0), child(s.l2, b0)
	s0l1w, s0l1t := s.wt(s0l1)
	s0l2w, s0l2t := s.wt(s0l2)
	s0r1w, s0r1t := s.wt(s0r1)
	s0r2w, s0r2t := s.wt(s0r2)
	_, s1l1t := s.wt(s1l1)
	s1r1w, s1r1t := s.wt(s1r1)
	_, s1r2t := s.wt(s1r2)
	b0l1w, b0l1t := s.wt(b0l1)
	b0l2w, b0l2t := s.wt(b0l2)
	var d, d1 uint64
	if s0 >= 0 && b0 >= 0 {
		d = bucket(b0 - s0)
	} else {
		d = 9
	}
	if s1 >= 0 && s0 >= 0 {
		d1 = bucket(s0 - s1)
	} else {
		d1 = 9
	}
	var punct uint64 = 9
	if s0 > 0 && b0 > 0 {
		punct = uint64(min(s.punctN[b0]-s.punctN[s0+1], 3))
	}
	var s0u, s1u, b0u uint64
	if s0 >= 0 {
		s0u = s.words[s0].u
	}
	if s1 >= 0 {
		s1u = s.words[s1].u
	}
	if b0 >= 0 {
		b0u = s.words[b0].u
	}
	amb := func(i int32) uint64 {
		if i < 0 {
			return noneT
		}
		return s.words[i].amb
	}
	s0a, s1a, b0a, b1a := amb(s0), amb(s1), amb(b0), amb(b1)
	var b0suf, s0suf uint64
	if b0 >= 0 {
		b0suf = s.words[b0].suf
	}
	if s0 >= 0 {
		s0suf = s.words[s0].suf
	}
	fs = append(fs[:0],
		f1(1, s0w), f1(2, s0t), f2(3, s0w, s0t),
		f1(4, b0w), f1(5, b0t), f2(6, b0w, b0t),
		f1(7, b1w), f1(8, b1t), f2(9, b1w, b1t),
		f1(10, b2w), f1(11, b2t), f2(12, b2w, b2t),
		f1(13, s1w), f1(14, s1t), f2(15, s1w, s1t),
		f1(16, s2t), f1(17, s2w),
		f4(18, s0w, s0t, b0w, b0t), f3(19, s0w, s0t, b0w), f3(20, s0w, b0w, b0t),
		f3(21, s0w, s0t, b0t), f3(22, s0t, b0w, b0t), f2(23, s0w, b0w), f2(24, s0t, b0t),
		f2(25, b0t, b1t),
		f2(26, s1w, s0w), f2(27, s1t, s0t), f2(28, s1t, s0w), f2(29, s1w, s0t),
		f3(30, b0t, b1t, b2t), f3(31, s0t, b0t, b1t), f3(32, s1t, s0t, b0t),
		f3(33, s0t, s0l1t, b0t), f3(34, s0t, s0r1t, b0t), f3(35, s0t, b0t, b0l1t),
		f3(36, s2t, s1t, s0t), f3(37, s1t, s1r1t, s0t), f3(38, s1t, s0t, s0l1t), f3(39, s1t, s1l1t, s0t),
		f2(40, s0w, d), f2(41, s0t, d), f2(42, b0w, d), f2(43, b0t, d), f3(44, s0w, b0w, d), f3(45, s0t, b0t, d),
		f3(46, s1t, s0t, d1), f2(47, s1w, d1), f3(48, s1w, s0w, d1),
		f2(49, s0w, count(s.nr, s0)), f2(50, s0t, count(s.nr, s0)), f2(51, s0w, count(s.nl, s0)), f2(52, s0t, count(s.nl, s0)),
		f2(53, b0w, count(s.nl, b0)), f2(54, b0t, count(s.nl, b0)), f2(55, s1t, count(s.nr, s1)), f2(56, s1t, count(s.nl, s1)),
		f1(57, s0l1w), f1(58, s0l1t), f1(59, s.lab(s0l1)),
		f1(60, s0r1w), f1(61, s0r1t), f1(62, s.lab(s0r1)),
		f1(63, b0l1w), f1(64, b0l1t), f1(65, s.lab(b0l1)),
		f1(66, s1r1t), f1(67, s.lab(s1r1)), f1(68, s1l1t), f1(69, s.lab(s1l1)), f1(70, s1r1w),
		f1(71, s0l2w), f1(72, s0l2t), f1(73, s.lab(s0l2)),
		f1(74, s0r2w), f1(75, s0r2t), f1(76, s.lab(s0r2)),
		f1(77, b0l2w), f1(78, b0l2t), f1(79, s.lab(b0l2)),
		f3(80, s0t, s0l1t, s0l2t), f3(81, s0t, s0r1t, s0r2t), f3(82, b0t, b0l1t, b0l2t), f3(83, s1t, s1r1t, s1r2t),
		f2(84, s0w, set(s.rset, s0)), f2(85, s0t, set(s.rset, s0)), f2(86, s0w, set(s.lset, s0)), f2(87, s0t, set(s.lset, s0)),
		f2(88, b0w, set(s.lset, b0)), f2(89, b0t, set(s.lset, b0)), f2(90, s1t, set(s.rset, s1)),
		f3(91, s0u, b0u, s1u), f3(92, s0t, b0t, punct), f2(93, b0suf, b0t), f2(94, s0suf, s0t),
		f3(95, s0t, b0t, b1w), f3(96, s1t, s0t, b1t),
		f1(97, s0a), f1(98, b0a), f2(99, s0a, b0a), f2(100, s1a, s0a), f2(101, b0a, b1a), f3(102, s0a, b0t, b0a), f3(103, s0t, s0a, b0a),
	)
	return fs
}

// labelFeatures describes attaching dependent d to head h.
func (s *pstate) labelFeatures(fs []uint64, h, d int32) []uint64 {
	dir := uint64(0)
	if h < d {
		dir = 1
	}
	dw, dt := s.wt(d)
	hw, ht := s.wt(h)
	_, dp := s.wt(d - 1)
	var dn, hn, hp uint64 = noneT, noneT, noneT
	if int(d)+1 <= s.n {
		_, dn = s.wt(d + 1)
	}
	if h > 0 {
		_, hp = s.wt(h - 1)
		if int(h)+1 <= s.n {
			_, hn = s.wt(h + 1)
		}
	}
	dl1, dr1 := s.l1[d], s.r1[d]
	_, dl1t := s.wt(dl1)
	_, dr1t := s.wt(dr1)
	dist := bucket(d - h)
	if h > d {
		dist = bucket(h - d)
	}
	var hu uint64 = rootWT
	if h > 0 {
		hu = s.words[h].u
	}
	du := s.words[d].u
	b0 := s.buf(0)
	if b0 == h {
		b0 = s.buf(1)
	}
	_, b0t := s.wt(b0)
	t := func(x uint64) uint64 { return x*2 + dir }
	fs = append(fs[:0],
		f1(t(1), dw), f1(t(2), dt), f2(t(3), dw, dt),
		f1(t(4), hw), f1(t(5), ht), f2(t(6), hw, ht),
		f2(t(7), dt, ht), f2(t(8), dw, ht), f2(t(9), dt, hw), f2(t(10), dw, hw),
		f3(t(11), dist, dt, ht),
		f2(t(12), s.lab(dl1), dt), f2(t(13), s.lab(dr1), dt),
		f3(t(14), dl1t, dt, ht), f3(t(15), dr1t, dt, ht),
		f2(t(16), set(s.lset, h), dt), f2(t(17), set(s.rset, h), dt),
		f3(t(18), dp, dt, ht), f3(t(19), dn, dt, ht), f3(t(20), hp, ht, dt), f3(t(21), hn, ht, dt),
		f2(t(22), s.words[d].suf, ht), f2(t(23), du, hu),
		f3(t(24), count(s.nl, d), count(s.nr, d), dt),
		f3(t(25), b0t, dt, ht),
		f1(t(26), dir),
		f3(t(27), dw, dt, ht),
		f2(t(28), s.words[d].amb, ht), f3(t(29), s.words[d].amb, dt, ht),
	)
	return fs
}
