-- wrk script: the redirect's one DynamoDB call (UpdateItem ADD visits, condition attribute_exists,
-- ReturnValues ALL_NEW), sent straight to DynamoDB Local, to measure what DynamoDB Local alone can
-- serve on this machine. Usage (TABLE and ID from the environment):
--   TABLE=Links ID=bench wrk -t 2 -c 16 -d 30s --latency -s benchmarks/wrk/dynamodb-record-visit.lua http://127.0.0.1:<port>/
-- DynamoDB Local reads the access key from the Authorization header but does not check signatures.
local table_name = os.getenv("TABLE") or "Links"
local id = os.getenv("ID") or "bench"

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-amz-json-1.0"
wrk.headers["X-Amz-Target"] = "DynamoDB_20120810.UpdateItem"
wrk.headers["Authorization"] = "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, "
    .. "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0"
wrk.headers["X-Amz-Date"] = "20260101T000000Z"
wrk.body = '{"TableName":"' .. table_name .. '","Key":{"id":{"S":"' .. id .. '"}},'
    .. '"UpdateExpression":"ADD #visits :one","ConditionExpression":"attribute_exists(#id)",'
    .. '"ExpressionAttributeNames":{"#visits":"visits","#id":"id"},'
    .. '"ExpressionAttributeValues":{":one":{"N":"1"}},"ReturnValues":"ALL_NEW"}'

function response(status, headers, body)
  if status ~= 200 and not reported then
    reported = true
    io.stderr:write("DynamoDB Local answered " .. status .. ": " .. body .. "\n")
  end
end
