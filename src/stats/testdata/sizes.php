array (
  'sizes_status' => 'disabled',
)
