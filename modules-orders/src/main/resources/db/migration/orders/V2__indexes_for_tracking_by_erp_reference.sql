-- Tracking finds an order by the ERP's order id or sales order number too (HubOrderReferences):
-- without these indexes that search scans every order.
CREATE INDEX IF NOT EXISTS ORDERS_ERP_ORDER_ID_IDX ON ORDERS_ORDER (ERP_ORDER_ID);
CREATE INDEX IF NOT EXISTS ORDERS_ERP_ORDER_NUMBER_IDX ON ORDERS_ORDER (ERP_ORDER_NUMBER);
