from common import *  # part es: written blind

add("es-01-q-datos-teneis", "kike_88@correo-es.example", "datos",
    "hola quiero saber q datos teneis mios y de donde los habeis sacado xq me llaman de todos lados\n",
    R(["Access"], "kike_88@correo-es.example"))

add("es-02-carta-acceso-oposicion", "María del Carmen Ruiz Ortega <mcarmen.ruizortega@correo-es.example>",
    "Ejercicio de los derechos de acceso y oposición",
    """Muy señores míos:

Dña. María del Carmen Ruiz Ortega, con DNI 12345678Z y domicilio en Calle Mayor 14, 3.º B,
28013 Madrid, titular de la línea móvil 612 345 678, por medio del presente escrito ejerzo
ante ustedes:

PRIMERO. El derecho de acceso reconocido en el artículo 15 del RGPD y en el artículo 13 de la
LOPDGDD, solicitando que me faciliten copia de todos los datos personales que traten sobre mí,
su origen y las cesiones realizadas.

SEGUNDO. El derecho de oposición del artículo 21 del RGPD al tratamiento de mis datos para la
elaboración de perfiles con fines comerciales y para el envío de comunicaciones publicitarias
por cualquier medio.

Ruego me contesten en el plazo de un mes. En caso contrario, presentaré reclamación ante la
Agencia Española de Protección de Datos.

Atentamente,
María del Carmen Ruiz Ortega
""",
    R(["Access", "Opposition"], "mcarmen.ruizortega@correo-es.example", "María del Carmen", "Ruiz Ortega"))

add("es-03-asnef-indignado", "Francisco Javier Moreno Castillo <fjmoreno.castillo@correo-es.example>", "Estoy en ASNEF por vuestra culpa",
    """Buenas tardes:

Les cuento porque ya no sé a quién acudir. En abril me di de baja de la fibra porque me
mudaba a Valencia. Devolví el router en la tienda de la calle Colón, me dieron un resguardo
que todavía conservo. Pagué la última factura. Todo correcto, o eso pensaba.

En octubre fui a pedir un préstamo para el coche y me lo denegaron: estoy incluido en ASNEF
por una deuda de 87,40 € con ustedes. Nadie me avisó, nunca recibí un requerimiento de pago,
y la deuda ni siquiera existe. He llamado cuatro veces al 1xxx y cada agente me dice una cosa
distinta.

Les exijo que me den de baja del fichero de morosos inmediatamente y que eliminen esa
supuesta deuda de sus sistemas, porque me está causando un perjuicio enorme. Adjunto el
resguardo de devolución del router y el justificante de pago.

Si en diez días no está resuelto acudiré a la AEPD y a consumo. Vergüenza debería darles.

Francisco Javier Moreno Castillo
Tel. 655 11 22 33
""",
    R(["Erasure"], "fjmoreno.castillo@correo-es.example", "Francisco Javier", "Moreno Castillo"))

add("es-04-mayusculas-llamadas", "Antonio Jiménez <antoniojimenez1958@correo-es.example>", "LLAMADAS",
    "DEJEN DE LLAMARME PARA OFRECERME COSAS. TRES LLAMADAS HOY. NO QUIERO NADA. BORRENME DE SUS LISTAS DE LLAMADAS YA\n",
    R(["Opposition"], "antoniojimenez1958@correo-es.example", "Antonio", "Jiménez"))

add("es-05-cancelacion-arco-mx", "Guadalupe Hernández Ramírez <lupita.hernandez@correo-mx.example>", "Solicitud de cancelación de datos (derechos ARCO)",
    """Buen día,

Por medio del presente ejerzo mi derecho de cancelación de datos personales. Fui cliente de su
servicio de internet en casa hasta agosto y ya no tengo ninguna relación con ustedes, por lo
que solicito que mis datos sean cancelados de sus bases.

Quedo atenta a su respuesta.

Saludos cordiales,
Guadalupe Hernández Ramírez
""",
    R(["Erasure"], "lupita.hernandez@correo-mx.example", "Guadalupe", "Hernández Ramírez"))

add("es-06-localizacion-venden", "Lucía Fernández Gil <lucia.fernandezgil@correo-es.example>", "¿Venden mis datos de localización?",
    """Hola,

Leí en prensa que algunas operadoras comparten datos de localización de sus clientes con
empresas de publicidad y de "movilidad". ¿Lo hacen ustedes? ¿Con quién y durante cuánto tiempo
los conservan? Si es así, me opongo a que usen los míos para eso.

Gracias,
Lucía Fernández Gil
""",
    R(["Information", "Opposition"], "lucia.fernandezgil@correo-es.example", "Lucía", "Fernández Gil"))

add("es-07-financiacion-denegada", "Alejandro Torres Vega <alex.torresvega@correo-es.example>", "Me deniegan la financiación del móvil",
    """Buenas,

Intenté comprar un móvil a plazos en su web y el sistema me lo denegó al instante. Nadie ha
revisado mi caso, fue automático. No estoy en ningún fichero de morosos y tengo nómina.

Quiero que una persona revise la solicitud y me explique el motivo. No estoy de acuerdo con
que una máquina decida esto.

Un saludo,
Alejandro Torres Vega
""",
    R(["AutomatedDecision"], "alex.torresvega@correo-es.example", "Alejandro", "Torres Vega"))

add("es-08-bloqueo-reclamacion", "Carmen Delgado Prieto <carmen.delgado@correo-es.example>", "Limitación del tratamiento",
    """Estimados señores:

He presentado una reclamación (n.º REC-448120) porque me cobran un permanencia que no firmé.
Mientras se resuelve, solicito la limitación del tratamiento de mis datos: que no se cedan a
ninguna empresa de recobro ni se comuniquen a ficheros de solvencia. No pido que los borren,
solo que no los usen hasta que se aclare.

Atentamente,
Carmen Delgado Prieto
""",
    R(["Restriction"], "carmen.delgado@correo-es.example", "Carmen", "Delgado Prieto"))

add("es-09-portabilidad-datos", "Pablo Serrano Iglesias <pablo.serrano@correo-es.example>", "Portabilidad de mis datos (no del número)",
    """Hola,

Aclaro de entrada: no hablo de la portabilidad del número, eso ya lo gestiona la nueva
compañía. Lo que quiero es ejercer la portabilidad de mis datos: que me entreguen mis datos de
cliente y de consumo en un formato estructurado (CSV, JSON...) para poder llevármelos.

Gracias,
Pablo Serrano Iglesias
""",
    R(["Portability"], "pablo.serrano@correo-es.example", "Pablo", "Serrano Iglesias"))

add("es-10-portabilidad-numero", "Rocío Méndez <rocio.mendez@correo-es.example>", "portabilidad",
    "Hola, quiero hacer la portabilidad de mi número a otra compañía, ¿qué tengo que hacer? ¿tengo permanencia? Rocío Méndez\n",
    R(["Unknown"], "rocio.mendez@correo-es.example", "Rocío", "Méndez"))

add("es-11-tecnico-no-vino-html", "Jorge Ramos Peña <jorge.ramospena@correo-es.example>", "El técnico no vino",
    html("Buenos días:",
         "Tenía cita para la instalación de la fibra el martes entre las 9 y las 14 h y <b>no vino nadie</b>. "
         "Pedí el día libre en el trabajo para nada.",
         "¿Me pueden dar una nueva cita? Pedido n.º F-2026-118802.",
         "Jorge Ramos Peña"),
    R(["Unknown"], "jorge.ramospena@correo-es.example", "Jorge", "Ramos Peña"), ct=HTML)

add("es-12-apellido-mal", "Sofía Castro de la Fuente <sofia.castrodelafuente@correo-es.example>", "Error en mis datos",
    """Hola:

En el contrato aparezco como "Sofía Castro Fuente"; mi segundo apellido es "de la Fuente".
Además, el número del DNI tiene un dígito cambiado (es 48123456K). Por favor, corríjanlo,
que en la tienda no me dejan hacer el duplicado de la SIM por no coincidir.

Saludos,
Sofía Castro de la Fuente
""",
    R(["Rectification"], "sofia.castrodelafuente@correo-es.example", "Sofía", "Castro de la Fuente"))

add("es-13-abogada-cliente", "Beatriz Vidal Soler <bvidal@vidalsoler-abogados.example>", "Solicitud de acceso en nombre de D. Óscar Domínguez Rubio",
    """Estimados señores:

En nombre y representación de D. Óscar Domínguez Rubio, según poder que se adjunta, y al
amparo del artículo 15 del RGPD, les solicito copia de los datos personales de mi representado,
en especial del registro de llamadas entrantes y salientes de su línea 699 887 766 entre el
1 y el 31 de julio de 2026.

Sin otro particular, reciban un cordial saludo.

Beatriz Vidal Soler
Abogada - Colegiada n.º 45.221 ICAB
Vidal & Soler Abogados | Tel. 93 000 00 00

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su
destinatario. Si lo ha recibido por error, le rogamos lo comunique y proceda a su destrucción.
""",
    R(["Access"], "bvidal@vidalsoler-abogados.example", "Óscar", "Domínguez Rubio", representative="Beatriz Vidal Soler"))

add("es-14-padre-hija-app", "Raúl Ortiz Medina <raul.ortizmedina@correo-es.example>", "Cuenta de mi hija menor en la app",
    """Hola,

Mi hija Valeria Ortiz Suárez, de 13 años, se ha creado una cuenta en su app con su nombre,
fecha de nacimiento y correo, sin mi permiso, para participar en un sorteo. Como padre y
tutor legal, solicito que borren esa cuenta y todos los datos de la niña.

Puedo enviar el libro de familia si hace falta.

Raúl Ortiz Medina
""",
    R(["Erasure"], "raul.ortizmedina@correo-es.example", "Valeria", "Ortiz Suárez", representative="Raúl Ortiz Medina"))

add("es-15-lista-robinson-cp1252", "Íñigo Etxeberria Arrieta <inigo.etxeberria@correo-eus.example>", "Lista Robinson",
    """Kaixo / Hola:

Estoy inscrito en la Lista Robinson desde hace años y aun así me llaman ustedes para
ofrecerme la “tarifa ahorro” de 19,90 €. Me opongo a cualquier llamada comercial y quiero que
borren mi número de teléfono de sus bases de datos de marketing.

Íñigo Etxeberria Arrieta
""",
    R(["Opposition", "Erasure"], "inigo.etxeberria@correo-eus.example", "Íñigo", "Etxeberria Arrieta"), ct=CP1252, encode="cp1252")

add("es-16-tienda-reenvio", "Marta Sanz <marta.sanz@acme-corp.example>", "RV: cambio de dirección y correo",
    """Hola equipo de privacidad:

Os reenvío el correo de una clienta que escribió a la tienda. Creo que os toca a vosotros.

Marta Sanz
Encargada tienda Sevilla Nervión

---------- Mensaje reenviado ---------
De: Camila Rojas <camila.rojas@correo-cl.example>
Fecha: jue, 12 nov 2026, 19:31
Asunto: cambio de dirección y correo
Para: tienda.sevilla@acme-corp.example

Hola, me cambié de piso y sigo recibiendo las cartas en la dirección antigua. La nueva es
Av. de la Buhaira 22, 4.º A, 41018 Sevilla. También quiero que mi correo en la ficha sea este
y no el de mi antiguo trabajo. Gracias!
Camila Rojas
""",
    R(["Rectification"], "camila.rojas@correo-cl.example", "Camila", "Rojas"))

add("es-17-adjunto-recobro", "Atención al Cliente N2 <atc.n2@acme-corp.example>", "RV: a quién dais mis datos",
    "",
    R(["Information"], "diego.alonso@correo-es.example", "Diego", "Alonso Paredes"),
    attached=("Diego Alonso Paredes <diego.alonso@correo-es.example>", "a quién dais mis datos",
              """Buenas, me ha llamado una empresa de recobros diciendo que trabajan para ustedes.
¿A qué empresas ceden los datos de sus clientes y qué datos exactamente les dan? ¿Con qué
base legal? Solo quiero saberlo.
Diego Alonso Paredes
"""),
    note="Buenos días, os adjunto esta consulta de un cliente sobre cesiones a recobro. Gracias. Luis (ATC nivel 2)")

add("es-18-grabaciones-formacion", "Nerea Gutiérrez Blanco <nerea.gutierrez@correo-es.example>", "Grabaciones de mis llamadas",
    """Hola,

El mes pasado llamé varias veces al servicio de atención al cliente por un problema con el
roaming. Me gustaría recibir las grabaciones de esas llamadas y cualquier nota que hayan
dejado los agentes en mi ficha. Y no autorizo que esas grabaciones se usen para "formación" ni
"mejora de la calidad".

Un saludo,

Nerea Gutiérrez Blanco
Directora Financiera | Construcciones Bilbao Norte S.L.
Tel. 944 00 00 00 - Móvil 677 00 00 00

Este correo electrónico y, en su caso, cualquier fichero anexo contiene información
confidencial exclusivamente dirigida a su destinatario.
""",
    R(["Access", "Opposition"], "nerea.gutierrez@correo-es.example", "Nerea", "Gutiérrez Blanco"))

add("es-19-dsr-seguimiento", "Manuel García López <manuel.garcialopez@correo-es.example>", "RE: Hemos recibido su solicitud [DSR-70391]",
    """Buenos días,

Hace ya seis semanas de esto y no he recibido respuesta. ¿Cuándo me van a contestar?

Manuel García López

El 2 oct 2026, privacy@acme-corp.example escribió:
> Hemos recibido su solicitud con la referencia DSR-70391.
""",
    FU("70391", "manuel.garcialopez@correo-es.example", "Manuel", "García López"))

add("es-20-asnef-justificantes", "Francisco Javier Moreno Castillo <fjmoreno.castillo@correo-es.example>", "RE: Estoy en ASNEF por vuestra culpa",
    """Buenas,

Vuelvo a escribir porque sigo en ASNEF. Les reenvío el resguardo del router. Han pasado ocho
días. ¿Alguien está mirando esto?

F. Javier Moreno
""",
    FU(ref("es-03-asnef-indignado"), "fjmoreno.castillo@correo-es.example", "Francisco Javier", "Moreno Castillo"),
    headers=irt("es-03-asnef-indignado"))

add("es-21-tarea-eipd-fidelizacion", "Ana Belén Cortés <anabelen.cortes@acme-corp.example>", "EIPD programa de puntos",
    """Hola,

Marketing lanza en marzo un programa de fidelización con segmentación de clientes según su
consumo y su probabilidad de baja. Nos han dicho que hace falta una evaluación de impacto.
¿Podéis poneros con ella? Os paso el documento funcional.

Gracias,
Ana Belén Cortés
CRM & Fidelización
""",
    TASK("anabelen.cortes@acme-corp.example", "Ana Belén", "Cortés"))

add("es-22-tarea-registro-chatbot", "Sergio Molina <sergio.molina@acme-corp.example>", "Registro de actividades - chatbot IA",
    """Buenas,

El nuevo asistente virtual con IA para la web entra en producción en enero. ¿Podéis darlo de
alta en el registro de actividades de tratamiento? El proveedor guarda las conversaciones
90 días.

Sergio Molina
Canales Digitales
""",
    TASK("sergio.molina@acme-corp.example", "Sergio", "Molina"))

add("es-23-tarea-cuestionario-proveedor", "Elena Vázquez <elena.vazquez@acme-corp.example>", "Cuestionario de privacidad de un banco socio",
    """Hola,

El banco con el que vamos a lanzar la financiación de terminales nos ha enviado su
cuestionario de evaluación de proveedores (privacidad y seguridad). Necesito que rellenéis la
parte de protección de datos antes del día 5.

Elena Vázquez
Alianzas
""",
    TASK("elena.vazquez@acme-corp.example", "Elena", "Vázquez"))

add("es-24-inc-contrato-otro-cliente", "David Romero <david.romero@acme-corp.example>", "Envié un contrato al cliente equivocado",
    """Hola,

Esta mañana, al enviar por email el contrato firmado a un cliente, adjunté por error el
contrato de otro cliente (nombre, DNI, dirección, cuenta bancaria). Ya he pedido al
destinatario que lo borre pero no me ha contestado.

David Romero
Televenta empresas
""",
    INC("david.romero@acme-corp.example", "David", "Romero"))

add("es-25-inc-whatsapp-dni", "Silvia Herrero <silvia.herrero@correo-es.example>", "Me han mandado el DNI de otra persona",
    """Hola,

El comercial de su tienda de Zaragoza (Paseo Independencia) me escribió por WhatsApp para
terminar el alta y me mandó, por error supongo, la foto del DNI por las dos caras de otro
cliente. Me parece gravísimo. Les aviso para que lo sepan.

Silvia Herrero
""",
    INC("silvia.herrero@correo-es.example", "Silvia", "Herrero"))

add("es-26-inc-pendrive", "Tienda Málaga Centro <tienda.malaga@acme-corp.example>", "pendrive perdido",
    """Buenas,

Se ha perdido un pendrive de la tienda donde guardábamos escaneos de contratos del último
trimestre para subirlos al sistema. Lo hemos buscado por todas partes. No estaba cifrado.

Un saludo,
Javier Núñez
Encargado
""",
    INC("tienda.malaga@acme-corp.example", "Javier", "Núñez"))

add("es-27-spam-loteria", "Lotería Internacional <premios@loteria-int.example>", "FELICIDADES: ha ganado 1.500.000 EUR",
    """Estimado ganador:

Su dirección de correo ha sido seleccionada en nuestro sorteo internacional. Para proteger
sus datos personales y tramitar el premio, envíe nombre completo, DNI y número de cuenta a
nuestro agente autorizado. Gastos de gestión: 350 EUR.

Departamento de Premios
""",
    IGN("spam", "premios@loteria-int.example"), headers=SPAM_HDR)

add("es-28-spam-rgpd-consultora", "Adapta RGPD <comercial@adaptargpd-pyme.example>", "¿Su empresa cumple la LOPDGDD? Adaptación por 99 €",
    """Buenos días,

Las sanciones de la AEPD pueden llegar a 20 millones de euros. Le ofrecemos la adaptación
completa al RGPD y la gestión de solicitudes de supresión de datos por solo 99 € al año.

Responda a este correo para recibir información sin compromiso.

Si no desea recibir más correos, responda BAJA.
""",
    IGN("spam", "comercial@adaptargpd-pyme.example"))

add("es-29-boletin", "Boletín Protección de Datos <boletin@privacidad-news.example>", "Boletín semanal: resoluciones AEPD",
    """BOLETÍN SEMANAL DE PROTECCIÓN DE DATOS

- La AEPD sanciona a una operadora por duplicados de SIM
- Guía actualizada sobre cookies
- Próximo seminario: el DPD en el sector telecomunicaciones

Para darse de baja de este boletín pulse aquí.
""",
    IGN("bulk", "boletin@privacidad-news.example"),
    headers=["List-Id: Boletin <boletin.privacidad-news.example>", "List-Unsubscribe: <https://privacidad-news.example/baja>",
             "Precedence: bulk"])

add("es-30-respuesta-automatica", "Pilar Moreno <pilar.moreno@ayto-ejemplo.example>", "Respuesta automática: Su solicitud",
    """Estaré fuera de la oficina hasta el lunes 30 de noviembre, con acceso limitado al correo.
Para asuntos urgentes, contacte con secretaria@ayto-ejemplo.example.

Pilar Moreno
""",
    IGN("auto_reply", "pilar.moreno@ayto-ejemplo.example"), headers=["Auto-Submitted: auto-replied"])
