<?php
// Which memcache module this worker runs (ours reports 8.2, the C extension 4.0.5.2), and proof that php-fpm
// read no php.ini and no conf.d file (it runs with -n), so the C extension cannot have been loaded first.
$ini = php_ini_loaded_file();
$scanned = php_ini_scanned_files();
printf(
    "info memcache=%s ini=%s scanned=%s save_handler=%s\n",
    var_export(phpversion('memcache'), true),
    $ini === false ? 'none' : $ini,
    $scanned === false ? 'none' : trim($scanned),
    ini_get('session.save_handler')
);
