-- The demo ERP keeps its own database beside Kontor's (first start of the volume only).
CREATE DATABASE kontor_demo_erp OWNER kontor;
