title = Floor 3
clicked = { $n ->
    [one] Clicked once, { $who }
   *[other] Clicked { $n } times, { $who }
}
