module sandpiper

go 1.26
